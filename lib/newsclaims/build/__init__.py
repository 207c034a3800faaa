"""Layer 4: the build. Where a build puts things (:mod:`~newsclaims.build.layout`), files
and stamps (:mod:`~newsclaims.build.files`), the table of contents, executing the chapters,
assembling the scratch book, rendering the HTML, the result files, and the pipeline that
runs them in order (:mod:`~newsclaims.build.pipeline`; ``python -m newsclaims.build``).
Imports every layer below it; nothing imports it. The module map is
``lib/newsclaims/README.md``.
"""
