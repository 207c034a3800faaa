"""``python -m newsclaims.build [--data DIR] [--jobs N] [--all] [--no-html]``: build the book
(see :mod:`newsclaims.build.pipeline`)."""

from newsclaims.build.pipeline import main

raise SystemExit(main())
