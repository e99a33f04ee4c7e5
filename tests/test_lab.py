"""JupyterLab on a workspace, for real: a headless Jupyter server on 127.0.0.1 with a token.

Slow: starts the server on a workspace's notebooks/ with the settings `kzanalysis lab`
installs, checks through its REST API that the `kzanalysis` kernel is listed and that
Jupytext is the default viewer of .py files, opens `explore.py` as a notebook and
executes every code cell on the project kernel over the kernel's websocket. Bounded:
each request and cell has a timeout, and the server is stopped at the end.
"""
from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from kzanalysis import config, lab
from kzanalysis.workspace import init_workspace

pytest.importorskip("jupyter_server", reason="jupyter_server is not installed in this environment: "
                                              "`make setup` installs it from requirements.lock")
pytest.importorskip("jupyterlab", reason="jupyterlab is not installed in this environment: "
                                          "`make setup` installs it from requirements.lock")

STARTUP_SECONDS = 90
CELL_SECONDS = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, root: Path, settings: Path, env: dict):
        self.port, self.token = _free_port(), secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = open(root.parent / "server.log", "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "jupyter_server", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
             f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0", f"--IdentityProvider.token={self.token}",
             f"--ServerApp.root_dir={root}", f"--LabApp.app_settings_dir={settings}"],
            cwd=root, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def get(self, path: str, method: str = "GET", body: dict | None = None):
        request = urllib.request.Request(f"{self.base}{path}", method=method,
                                         data=json.dumps(body).encode() if body is not None else None,
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return json.loads(text) if text else None

    def wait(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "the Jupyter server stopped while starting: see server.log"
            try:
                self.get("/api/status")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.5)
        raise AssertionError(f"the Jupyter server did not answer within {STARTUP_SECONDS} s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.log.close()


async def _execute(url: str, token: str, cells: list[str]) -> list[list[dict]]:
    """Run each cell in turn over the kernel's websocket; the iopub messages of each, up to its idle status."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    socket_ = await websocket_connect(HTTPRequest(url, headers={"Authorization": f"token {token}"}))
    session, results = uuid.uuid4().hex, []
    try:
        for code in cells:
            msg_id = uuid.uuid4().hex
            await socket_.write_message(json.dumps({
                "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                           "username": "test", "version": "5.3", "date": ""},
                "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                            "allow_stdin": False, "stop_on_error": True}}))
            messages = []
            while True:
                raw = await asyncio.wait_for(socket_.read_message(), CELL_SECONDS)
                assert raw is not None, "the kernel's websocket closed"
                msg = json.loads(raw)
                if msg.get("parent_header", {}).get("msg_id") != msg_id or msg["channel"] != "iopub":
                    continue
                messages.append(msg)
                if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                    break
            results.append(messages)
    finally:
        socket_.close()
    return results


@pytest.mark.slow
def test_server_lists_the_kernel_and_executes_the_exploration_notebook(tidy_dir, tmp_path):
    ws = init_workspace(tmp_path / "ws").workspace
    shutil.copytree(tidy_dir, ws.processed, dirs_exist_ok=True)
    settings = tmp_path / "lab-settings"
    lab.install_settings(settings)
    assert lab.ensure_kernel() is None  # the project kernel, of this environment
    # no workspace in the environment: the kernel must find it from the notebook's folder
    env = {k: v for k, v in os.environ.items() if k not in (config.WORKSPACE_ENV, "KZANALYSIS_ROOT")}
    server = Server(ws.notebooks, settings, env)
    try:
        server.wait()
        specs = server.get("/api/kernelspecs")["kernelspecs"]
        assert lab.KERNEL_NAME in specs and specs[lab.KERNEL_NAME]["spec"]["display_name"] == lab.KERNEL_DISPLAY_NAME

        viewers = server.get("/lab/api/settings/@jupyterlab/docmanager-extension:plugin")
        default = viewers["schema"]["properties"]["defaultViewers"]["default"]
        assert default.get("python") == "Jupytext Notebook", default

        model = server.get("/api/contents/explore.py?type=notebook&content=1")
        assert model["type"] == "notebook"  # Jupytext's contents manager reads the .py as a notebook
        cells = [c["source"] for c in model["content"]["cells"] if c["cell_type"] == "code"]
        assert len(cells) >= 5

        session = server.get("/api/sessions", "POST", {"path": "explore.py", "name": "explore.py", "type": "notebook",
                                                       "kernel": {"name": lab.KERNEL_NAME}})
        assert session["kernel"]["name"] == lab.KERNEL_NAME
        url = f"ws://127.0.0.1:{server.port}/api/kernels/{session['kernel']['id']}/channels"
        results = asyncio.run(_execute(url, server.token, cells))
        errors = [m["content"] for ms in results for m in ms if m["msg_type"] == "error"]
        assert not errors, errors[0]["ename"] + ": " + errors[0]["evalue"]
        first = "".join(m["content"].get("text", "") for m in results[1] if m["msg_type"] == "stream")
        n = len(pd_read(ws))
        assert f"{n} cases" in first, first
        images = [m for ms in results for m in ms if m["msg_type"] in ("display_data", "execute_result")
                  and "image/png" in m["content"]["data"]]
        assert images, "the chart cell showed no figure"
        server.get(f"/api/sessions/{session['id']}", "DELETE")
    finally:
        server.stop()


def pd_read(ws: config.Workspace):
    import pandas as pd

    return pd.read_parquet(ws.processed / "cases.parquet")
