"""What the resources' operations (``Vehicle``, ``AuthClient``, ``App``, management) are built from.

The ``operation`` descriptor, which writes each API method once for sync and async (``ops``);
the module-level operations (``api``) and the blocking module functions bound from them
(``functions``: ``smartcar.get_user`` ...); the registry's tables (``registry``, from the rules
of ``reads``); the pieces of ``Vehicle``'s operations (``vehicle_ops``) and the result of its
batch (``batch``); the paged lists (``pager``) and the decorator of list methods (``listing``).
Nothing is imported here: each module loads when used.
"""
