"""Warm kernels: one pre-imported parent process per build forks a fresh kernel per chapter.

A cold Jupyter kernel pays for the interpreter, ipykernel, pandas, matplotlib and the library
before a chapter's first line runs (about 2.5 s each). The build instead starts one *kernel
server* (``python -m newsclaims.build.warm SOCKET``) that imports all of that once, then
answers each request with ``fork()``: the child becomes an ordinary ipykernel on the
connection file jupyter_client wrote, with the chapter's working folder and environment.

Chapters stay isolated by construction: each runs in its own process, a copy of the warm
parent, and whatever it changes (globals, ``matplotlib.rcParams``, ``os.environ``, module
attributes) dies with it. The next chapter forks from the untouched parent. A library edited
after the server started (``make preview`` keeps it for a whole session) is noticed at each
request and the child imports the library afresh.

The kernel's own messages (``Kernel is running over TCP without encryption``, ``KeyboardInterrupt
caught in kernel``) go to a log file per chapter, never to the terminal.

Client side: :class:`KernelServer` (start, fork, stop) and :class:`WarmKernelManager`, an
``AsyncKernelManager`` whose provisioner asks the server for the process instead of spawning
one; nbclient drives it like any kernel manager.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import pkgutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

# Imported once by the server; chapters then find them in sys.modules. The library's own
# modules are added by walking the package (the build layer excepted). Not the inline
# backend (matplotlib_inline.backend_inline): it hooks into the IPython shell when first
# imported, and the shell exists only in the kernel, so each chapter imports it itself.
WARM_MODULES = (
    "numpy",
    "pandas",
    "matplotlib",
    "matplotlib.pyplot",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "IPython",
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "ipykernel.zmqshell",
    "myst_nb",
    "yaml",
    "jinja2",
)
LIBRARY = "newsclaims"
ENV_SOCKET = "CONTESTED_COUNTS_KERNEL_SERVER"


def block_slow_imports() -> None:
    """Keep ``rfc3987_syntax`` from loading. jsonschema imports it when installed (through
    jupyter-events) to check the ``iri`` string format, and it compiles 38 Earley parsers at
    import: 1.3 s in every process that imports nbformat or Jupyter Book. Nothing here
    validates IRIs; jsonschema treats the module as absent (``suppress(ImportError)`` in
    ``jsonschema/_format.py``)."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def library_stamp() -> dict[str, int]:
    """Modification times (ns) of the library's loaded source files, to notice an edit."""
    stamp = {}
    for name, module in list(sys.modules.items()):
        path = getattr(module, "__file__", None)
        if (name == LIBRARY or name.startswith(LIBRARY + ".")) and path:
            try:
                stamp[path] = os.stat(path).st_mtime_ns
            except OSError:
                stamp[path] = -1
    return stamp


def warm_imports() -> list[str]:
    """Import :data:`WARM_MODULES` and the library (layers 0 to 3); returns any that failed."""
    failed = []
    names = list(WARM_MODULES)
    try:
        package = importlib.import_module(LIBRARY)
        for info in pkgutil.walk_packages(package.__path__, LIBRARY + "."):
            if not info.name.startswith(LIBRARY + ".build") and "__main__" not in info.name:
                names.append(info.name)
    except ImportError:
        failed.append(LIBRARY)
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # a module that cannot load warm simply loads in the chapter
            failed.append(name)
    return failed


# ---------------------------------------------------------------------------- the server


def serve(socket_path: str) -> None:
    """Run the kernel server: warm the imports, print ``ready``, then fork one kernel per
    request line ``{"argv": [...], "cwd": ..., "env": {...}, "log": ...}`` (answered with
    ``{"pid": N}``) until a ``{"stop": true}`` request or a closed standard input."""
    block_slow_imports()
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    failed = warm_imports()
    stamp = library_stamp()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(socket_path)
    server.listen(8)
    print(json.dumps({"ready": True, "not_warm": failed}), flush=True)
    while True:
        connection, _ = server.accept()
        with connection:
            line = connection.makefile("r", encoding="utf-8").readline()
            request = json.loads(line) if line.strip() else {"stop": True}
            if request.get("stop"):
                connection.sendall(b'{"stopped": true}\n')
                break
            stale = library_stamp() != stamp
            pid = os.fork()
            if pid == 0:
                server.close()
                connection.close()
                run_kernel(request, stale)
            connection.sendall((json.dumps({"pid": pid, "stale": stale}) + "\n").encode())
    server.close()


def run_kernel(request: dict[str, Any], stale: bool) -> None:
    """In the forked child: become the kernel of one chapter. Never returns."""
    code = 1
    try:
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the chapter may wait for subprocesses
        os.setsid()  # its own process group: interrupts and kills reach its children too
        log = os.open(request["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(log, 1)
        os.dup2(log, 2)
        os.close(log)
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.close(null)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        os.environ["JPY_PARENT_PID"] = str(os.getppid())  # the kernel exits with the server
        if stale:
            for name in [n for n in sys.modules if n == LIBRARY or n.startswith(LIBRARY + ".")]:
                del sys.modules[name]
        sys.argv = ["ipykernel_launcher", *request["argv"]]
        from ipykernel.kernelapp import IPKernelApp

        IPKernelApp.launch_instance(argv=request["argv"])
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


# ---------------------------------------------------------------------------- the client


class KernelServer:
    """A running kernel server: ``start()`` launches it (or joins the one named by the
    ``CONTESTED_COUNTS_KERNEL_SERVER`` variable, as ``make preview`` does), ``fork()`` asks for
    one kernel process, ``stop()`` ends a server this object started. ``env`` is the
    environment of the server and so the base of every kernel's."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.process: subprocess.Popen | None = None
        self.path = env.get(ENV_SOCKET, "")
        self.folder = ""
        self.lock = threading.Lock()

    def start(self) -> KernelServer:
        """Launch the server process; returns at once (``fork`` waits until it is warm)."""
        if self.path:
            return self
        self.folder = tempfile.mkdtemp(prefix="cc-kernels-")
        self.path = os.path.join(self.folder, "socket")
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newsclaims.build.warm", self.path],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=log,
            )
        return self

    def wait_ready(self) -> None:
        """Block until the server has its imports done; raises ``RuntimeError`` naming its log
        when it died first."""
        with self.lock:
            if self.process is None or self.process.stdout is None:
                return
            if not self.process.stdout.readline():
                raise RuntimeError(
                    f"the kernel server did not start; its messages are in {self.log}"
                )
            self.process.stdout.close()
            self.process.stdout = None

    def request(self, message: dict[str, Any]) -> dict[str, Any]:
        """Send one request line and read the answer."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(self.path)
            client.sendall((json.dumps(message) + "\n").encode())
            answer = client.makefile("r", encoding="utf-8").readline()
        if not answer:
            raise RuntimeError(f"the kernel server closed the connection; see {self.log}")
        return json.loads(answer)

    def fork(self, argv: list[str], cwd: str, env: dict[str, str], log: str) -> int:
        """Start one kernel with ipykernel's ``argv`` (``-f CONNECTION_FILE ...``) in ``cwd``
        with exactly ``env``; its output goes to ``log``. Returns its process id."""
        self.wait_ready()
        return int(self.request({"argv": argv, "cwd": cwd, "env": env, "log": log})["pid"])

    def stop(self) -> None:
        """Stop a server this object started (a joined one is left running)."""
        if self.process is None:
            return
        try:
            self.wait_ready()
            self.request({"stop": True})
            self.process.wait(timeout=10)
        except Exception:  # not answering: end it
            self.process.kill()
            self.process.wait()
        finally:
            self.process = None
            if self.folder:
                for name in os.listdir(self.folder):
                    os.unlink(os.path.join(self.folder, name))
                os.rmdir(self.folder)


class ForkedProcess:
    """What jupyter_client needs of a kernel ``Popen`` for a process forked by the server
    (not our child: liveness is probed with signal 0; the server reaps it)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.stdout = self.stderr = self.stdin = None
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(str(self.pid), timeout or 0)
            time.sleep(0.02)
        return self.returncode or 0

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            try:
                os.killpg(self.pid, signum)
            except OSError:
                os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def kernel_manager(server: KernelServer, kernel_name: str, log: Path):
    """An ``AsyncKernelManager`` for ``kernel_name`` whose kernel is forked by ``server``,
    its output in ``log``."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_client.provisioning import LocalProvisioner

    class ForkedProvisioner(LocalProvisioner):
        async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> dict:
            # cmd is the kernel spec's argv: python [-X...] -m ipykernel_launcher -f FILE ...
            argv = cmd[cmd.index("ipykernel_launcher") + 1 :]
            env = {k: str(v) for k, v in (kwargs.get("env") or os.environ).items()}
            cwd = str(kwargs.get("cwd") or os.getcwd())
            pid = await asyncio.to_thread(server.fork, argv, cwd, env, str(log))
            self.process = ForkedProcess(pid)  # type: ignore[assignment]
            self.pid = self.pgid = pid
            self.cwd = cwd
            return self.connection_info

    manager = AsyncKernelManager(kernel_name=kernel_name)
    manager.kernel_id = manager.kernel_id or os.urandom(8).hex()
    manager.provisioner = ForkedProvisioner(
        kernel_id=manager.kernel_id, kernel_spec=manager.kernel_spec, parent=manager
    )
    return manager


if __name__ == "__main__":
    serve(sys.argv[1])
