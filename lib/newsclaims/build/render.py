"""Render the HTML with Jupyter Book: execution off, warnings as errors, only when the
scratch source changed, in a process started early.

Jupyter Book's command spends about 2 s importing Sphinx, its extensions and the theme
before it reads anything. The build starts that process (:class:`Renderer`, running this
module as ``python -m newsclaims.build.render``) at its beginning, so the imports happen
while the chapters execute; the process then waits for the command line on its standard
input. Sphinx itself re-reads only the pages whose source changed and writes only the
pages that depend on them; the build never touches an unchanged source file, and forces a
full render (``--all``) only when the stylesheet or the configuration changed, which Sphinx
does not notice on its own. Its messages go to ``_build/reports/html.log``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

from newsclaims.build.files import digest_files, files_under, read_stamp, write_if_changed
from newsclaims.build.layout import Layout

# Loaded by the waiting process: Jupyter Book, Sphinx and the book's extensions.
RENDER_MODULES = (
    "jupyter_book.cli.main",
    "jupyter_book.sphinx",
    "sphinx.application",
    "sphinx.builders.html",
    "myst_nb",
    "myst_parser",
    "sphinx_book_theme",
    "pydata_sphinx_theme",
    "sphinxcontrib.bibtex",
    "sphinx_design",
    "sphinx_togglebutton",
    "sphinx_copybutton",
    "sphinx_comments",
    "sphinx_external_toc",
)
COLOUR_RE = re.compile(r"\x1b\[[0-9;]*m")
WRITTEN_RE = re.compile(r"^writing output\.\.\. \[\s*\d+%\] (\S+)", re.MULTILINE)


class Renderer:
    """A Jupyter Book process started ahead of time: ``start()`` launches it (it imports and
    waits), ``run(args)`` hands it the command line and waits for it to finish, ``cancel()``
    lets it exit unused."""

    def __init__(self, layout: Layout) -> None:
        self.log, self.root = layout.reports / "html.log", layout.root
        self.process: subprocess.Popen | None = None

    def start(self) -> Renderer:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "newsclaims.build.render"],
                cwd=self.root,
                env={**os.environ, "PYTHONHASHSEED": "0"},
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        return self

    def run(self, args: list[str]) -> int:
        """Run ``jb ARGS`` in the waiting process; returns its exit status."""
        if self.process is None:
            self.start()
        assert self.process is not None and self.process.stdin is not None
        self.process.stdin.write((json.dumps(args) + "\n").encode())
        self.process.stdin.close()
        code = self.process.wait()
        self.process = None
        return code

    def cancel(self) -> None:
        if self.process is not None:
            if self.process.stdin is not None:
                self.process.stdin.close()
            self.process.wait()
            self.process = None

    def messages(self) -> str:
        """Sphinx's messages, without their colour codes."""
        if not self.log.is_file():
            return ""
        return COLOUR_RE.sub("", self.log.read_text(encoding="utf-8", errors="replace"))


def build_html(layout: Layout, force: bool, renderer: Renderer | None = None) -> list[str]:
    """Render the HTML; skipped when neither the scratch source nor the results changed.
    Returns the pages Sphinx wrote (empty when skipped). Raises ``SystemExit`` with the
    tail of Sphinx's messages when the render fails."""
    renderer = renderer or Renderer(layout)
    digest = digest_files(files_under(layout.src), layout.src)
    stamp = layout.stamps / "html.sha256"
    if not force and read_stamp(stamp) == digest and (layout.html / "index.html").is_file():
        renderer.cancel()
        return []
    stamp.unlink(missing_ok=True)
    # Sphinx does not notice a changed stylesheet or configuration on its own: render
    # everything again when they change.
    theme_files = [
        *files_under(layout.src / "_static"),
        layout.src / "_config.yml",
        layout.src / "_toc.yml",
    ]
    theme_digest = digest_files([p for p in theme_files if p.is_file()], layout.src)
    theme_stamp = layout.stamps / "theme.sha256"
    force = force or read_stamp(theme_stamp) != theme_digest
    args = ["build", str(layout.src), "--path-output", str(layout.book_root), "-W", "-n"]
    args += ["--keep-going", *(["--all"] if force else [])]
    code = renderer.run(args)
    messages = renderer.messages()
    if code != 0:
        sys.stderr.write(messages[-20000:])
        raise SystemExit(
            f"the HTML build failed (exit {code}); the messages above name the page and"
            f" the problem (all of them: {renderer.log})"
        )
    write_if_changed(stamp, digest.encode())
    write_if_changed(theme_stamp, theme_digest.encode())
    return WRITTEN_RE.findall(messages)


def serve() -> int:
    """The waiting process: import Jupyter Book and the extensions, read ``["build", ...]``
    from standard input, run it; exit quietly when the input closes empty."""
    from newsclaims.build.warm import block_slow_imports

    block_slow_imports()
    started = time.perf_counter()
    import contextlib
    import importlib

    for name in RENDER_MODULES:
        with contextlib.suppress(ImportError):  # loaded (or reported) by Sphinx itself
            importlib.import_module(name)
    print(f"imports done in {time.perf_counter() - started:.1f} s", flush=True)
    line = sys.stdin.readline()
    if not line.strip():
        return 0
    from jupyter_book.cli.main import main

    sys.argv = ["jb", *json.loads(line)]
    try:
        main()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(serve())
