"""Record, verify and compare the claims that news reports make about the same events.

One module per concern: ``paths`` (where things are), ``normalize`` (text folding for
matching), ``corpus`` (raw documents and their sections), ``schema`` and ``validate``
(the data package and its checks), ``compare`` and ``credibility`` (the analysis),
``lexicon``, ``variants``, ``geo``, ``extract``, ``viewer``, ``style`` and ``build``.
"""

__version__ = "0.1.0"
