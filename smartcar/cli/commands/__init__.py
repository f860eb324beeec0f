"""The subcommands of the ``smartcar`` command, one module each."""
