"""What the official package's modules do beyond the SDK's own names (``official``).

The official-compatibility modules themselves (``smartcar.config``, ``smartcar.helpers``,
``smartcar.smartcar``...) stay at the official import paths as thin re-exports; no module of the
core imports them or this package. Nothing is imported here.
"""
