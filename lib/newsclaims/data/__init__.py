"""Layer 0: the data package. Reading tables against their schemas, validation, the raw
documents and their checksums, loading a valid package (:mod:`newsclaims.data.package`),
scaffolding a new package and generating synthetic ones. Imports only ``paths`` and
``vocabulary``. The module map is ``lib/newsclaims/README.md``.
"""
