"""Record, verify and compare the claims that news reports make about the same events.

The library is layered, and imports point one way only: ``paths`` and ``vocabulary`` <-
``data`` <- ``text`` <- ``analysis``, ``extract`` <- ``report`` <- ``build``. The complete
module map, one line per module, is ``lib/newsclaims/README.md``.
"""

__version__ = "0.1.0"
