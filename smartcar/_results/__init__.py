"""The typed results, in modules by kind; :mod:`smartcar.types` is their public home.

``base``: :class:`~smartcar.types.Meta`, the v3 shape and the converters; ``records``: the
API v2.0 results written by hand and the records nested in results; ``generated``: the result
classes ``make regen`` writes; ``v3``: the v3 documents; ``access``: the OAuth tokens;
``official``: the official ``v2_response`` module's other names.

Every class here names :mod:`smartcar.types` as its module (``__module__``), so pickles, reprs,
signatures and the reference name it there: import the names from :mod:`smartcar.types`.
"""
