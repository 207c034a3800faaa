"""Layer 2: proposing candidate claims. The word tables (:mod:`~newsclaims.extract.words`)
and the patterns built from them (:mod:`~newsclaims.extract.patterns`), the folded bodies
(:mod:`~newsclaims.extract.scan`), values and dates (:mod:`~newsclaims.extract.numbers`,
:mod:`~newsclaims.extract.dates`), the extractor (:mod:`~newsclaims.extract.rules`), mentions
of the package's names (:mod:`~newsclaims.extract.mentions`), the draft rows of ``make
propose`` (:mod:`~newsclaims.extract.propose`), and the scores against the ledger
(:mod:`~newsclaims.extract.evaluate`) and a gold standard (:mod:`~newsclaims.extract.gold`).
Imports ``data``, ``text`` and the base modules; never ``analysis``, ``report`` or
``build``. The module map is ``lib/newsclaims/README.md``.

:func:`throughput` (:mod:`~newsclaims.extract.speed`) times the extractor for the benchmark.
"""


def throughput(n_docs: int = 2_000, jobs: int = 1) -> dict:
    """Candidate extraction over a synthetic package of ``n_docs`` documents on ``jobs``
    processes: see :func:`newsclaims.extract.speed.throughput` for the figures returned."""
    from newsclaims.extract.speed import throughput as measure

    return measure(n_docs, jobs)
