"""The book's figures, one function per kind of chart, each returning its figure: the
corpus, claims, counts, timeline, attribution and grades (:mod:`~newsclaims.report.figures.plots`),
language (:mod:`~newsclaims.report.figures.plots_language`), places
(:mod:`~newsclaims.report.figures.plots_places`) and extraction
(:mod:`~newsclaims.report.figures.extraction`). Colours and markers come from
:mod:`newsclaims.report.style`.
"""
