"""API v3 with the application token, behind :mod:`smartcar.app`.

How a call is built (``calls``), the token source (``token``), the vehicle handles
(``vehicle``) and the webhook operations (``webhooks``).
"""
