"""Layer 2: analysis. Who relies on whom (:mod:`~newsclaims.analysis.attribution`), slots
and their comparison (:mod:`~newsclaims.analysis.slots`, :mod:`~newsclaims.analysis.intervals`,
:mod:`~newsclaims.analysis.kinds`, :mod:`~newsclaims.analysis.compare`), credibility grades,
the timeline, places, weapons and the summaries the chapters show. Imports ``data``, ``text``
and the base modules; never ``extract``, ``report`` or ``build``. The module map is
``lib/newsclaims/README.md``.
"""
