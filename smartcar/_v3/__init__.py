"""What the spec cannot say about API v3, public in :mod:`smartcar.v3`.

The documents and executions (``documents``), the resources (``resources``), pages
(``pages``), typed signal bodies (``signal_bodies``) and the Connect redirect (``connect``).
"""
