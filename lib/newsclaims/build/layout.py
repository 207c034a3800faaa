"""Where one build of the book puts things, for the project's own data and for another
package."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsclaims.paths import project_root, resolve

DEFAULT_DATA = "data"


@dataclass(frozen=True)
class Layout:
    """Where one build of the book puts things: under ``<book_root>/_build``, the scratch
    source (``src``), the result files (``results``), the HTML, the reports of failed
    chapters and the stamps that let unchanged steps be skipped."""

    root: Path  # the project root
    data_dir: str  # as given: relative to the root, or absolute
    book_root: Path  # Jupyter Book writes <book_root>/_build/html

    @property
    def build(self) -> Path:
        """The build folder, ``<book_root>/_build``."""
        return self.book_root / "_build"

    @property
    def src(self) -> Path:
        """The scratch copy of the book that Jupyter Book renders."""
        return self.build / "src"

    @property
    def results(self) -> Path:
        """The result files, published as ``results/`` beside the HTML."""
        return self.build / "results"

    @property
    def html(self) -> Path:
        """The rendered book."""
        return self.build / "html"

    @property
    def reports(self) -> Path:
        """The executed notebooks of failed chapters, with their tracebacks."""
        return self.build / "reports"

    @property
    def stamps(self) -> Path:
        """The digests of finished steps, and the chapters' execution times."""
        return self.build / "stamps"

    def relative(self, path: Path) -> str:
        """A path as papermill passes it: relative to the root when inside it, so that
        executed notebooks do not depend on where the project was cloned."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path.resolve())


def layout_for(data_dir: str, root: Path | None = None) -> Layout:
    """The default data builds into ``_build``; another data folder into
    ``_build/books/<folder name>/_build``."""
    root = root or project_root()
    if resolve(data_dir).resolve() == (root / DEFAULT_DATA).resolve():
        return Layout(root, DEFAULT_DATA, root)
    name = resolve(data_dir).resolve().name
    return Layout(root, data_dir, root / "_build" / "books" / name)
