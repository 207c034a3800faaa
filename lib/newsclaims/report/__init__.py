"""Layer 3: the report. The look of every figure (:mod:`~newsclaims.report.style`), codes
turned into words (:mod:`~newsclaims.report.labels`), sentences written from the data
(:mod:`~newsclaims.report.prose`), downloadable tables, the figures, the source viewer's
pages (:mod:`~newsclaims.report.sources`) and the reproducibility record. Imports every
layer below it; never ``build``. The module map is ``lib/newsclaims/README.md``.
"""
