"""Layer 2: proposing candidate claims. The word tables (:mod:`~newsclaims.extract.words`),
sentences (:mod:`~newsclaims.extract.sentences`), number expressions
(:mod:`~newsclaims.extract.numbers`), the extractor (:mod:`~newsclaims.extract.rules`) and
its evaluation against the ledger (:mod:`~newsclaims.extract.evaluate`). Imports ``data``,
``text`` and the base modules; never ``analysis``, ``report`` or ``build``. The module map
is ``lib/newsclaims/README.md``.
"""
