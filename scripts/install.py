"""Install the locked environment with a progress bar: ``python scripts/install.py LOCKFILE``.

Runs ``pip install -r LOCKFILE`` and turns pip's line per package into one tqdm bar (tqdm
is pinned in the lock; before it is installed, pip's lines are counted and printed plainly).
pip's full output is kept in ``.venv/pip-install.log`` and printed when pip fails.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

STARTS = ("Collecting ", "Requirement already satisfied: ")


def main(lock: str) -> int:
    names = [
        line.split("==")[0].strip().lower()
        for line in Path(lock).read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    ]
    try:
        from tqdm import tqdm

        bar = tqdm(total=len(names), desc="packages", unit="pkg", disable=None)
    except ImportError:
        bar = None
        print(f"installing {len(names)} pinned packages from {lock} (about a minute)")
    log_path = Path(sys.prefix) / "pip-install.log"
    command = [sys.executable, "-m", "pip", "install", "--disable-pip-version-check"]
    with open(log_path, "w", encoding="utf-8") as log:
        process = subprocess.Popen(
            [*command, "--progress-bar", "off", "-r", lock],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        assert process.stdout is not None
        for line in process.stdout:
            log.write(line)
            if bar is not None and line.startswith(STARTS):
                bar.update(1)
            elif bar is not None and line.startswith("Installing collected packages"):
                bar.set_description("unpacking")
        code = process.wait()
    if bar is not None:
        bar.close()
    if code != 0:
        sys.stderr.write(log_path.read_text(encoding="utf-8")[-8000:])
        print(f"pip failed (exit {code}); its whole output is in {log_path}", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
