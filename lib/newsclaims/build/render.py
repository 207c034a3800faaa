"""Render the HTML with Jupyter Book: execution off, warnings as errors, only when the
scratch source changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newsclaims.build.files import digest_files, files_under, read_stamp, write_if_changed
from newsclaims.build.layout import Layout


def build_html(layout: Layout, force: bool) -> bool:
    """Render the HTML; skipped when neither the scratch source nor the results changed."""
    digest = digest_files(files_under(layout.src), layout.src)
    stamp = layout.stamps / "html.sha256"
    if not force and read_stamp(stamp) == digest and (layout.html / "index.html").is_file():
        return False
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
    command = [
        str(Path(sys.executable).parent / "jb"),
        "build",
        str(layout.src),
        "--path-output",
        str(layout.book_root),
        "-W",
        "-n",
        "--keep-going",
    ]
    if force:
        command.append("--all")
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=layout.root, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-20000:] + result.stderr[-20000:])
        raise SystemExit(
            f"the HTML build failed (exit {result.returncode}); the messages above name"
            " the page and the problem"
        )
    write_if_changed(stamp, digest.encode())
    write_if_changed(theme_stamp, theme_digest.encode())
    return True
