"""Cross-cutting pieces that every layer uses, each importing little beyond the standard library.

Argument checks (``validate``) and the int and number checks that exclude ``bool``
(``values``); credentials that never print (``secret``), their redaction from error text
(``redact``) and what a credential's shape tells (``credentials``); header lookup
(``headers``); the mapping of a failed response to its exception (``errors``); strict mode
(``shape``); token lifetimes (``lifetime``); the ``stacklevel`` of the SDK's warnings
(``stack``); the official namedtuple protocol of results (``tuple``); origins, the user agent
and credentials from the environment (``config``); the version (``version``); and the one
lazy-import mechanism (``lazy``). Nothing is imported here: each module loads when used.
"""
