"""Layer 1: text. Folding text for matching (:mod:`~newsclaims.text.normalize`), the
lexicon's terms in the bodies (:mod:`~newsclaims.text.lexicon`) and the spellings of names
(:mod:`~newsclaims.text.names`, :mod:`~newsclaims.text.name_variants`). Imports ``data``
and the base modules only. The module map is ``lib/newsclaims/README.md``.
"""
