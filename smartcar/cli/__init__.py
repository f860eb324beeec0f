"""The ``smartcar`` command-line tool (also ``python -m smartcar``).

Not imported by ``import smartcar``; it uses only the standard library and the SDK.

Commands (``smartcar COMMAND --help`` for details)::

    smartcar simulator [--host H] [--port P] [--vehicles N] [--seed S]
    smartcar auth-url [--scope P ...] [--state S] [--force-prompt] [--mode M]
    smartcar login [--scope P ...] [--force-prompt] [--mode M] [--no-browser] [--port P]
                   [--timeout SECONDS]
    smartcar vehicles [--details] [--progress | --no-progress] [--concurrency N]
    smartcar get ENDPOINT [--vehicle ID ... | --all] [--units metric|imperial]
                 [--progress | --no-progress] [--concurrency N]
    smartcar lock | unlock | start-charge | stop-charge [--vehicle ID]
    smartcar set-charge-limit LIMIT [--vehicle ID]

Global options, before or after the command: ``--client-id``, ``--client-secret``,
``--redirect-uri`` (default ``SMARTCAR_CLIENT_ID`` ...), ``--token-file`` (default
``SMARTCAR_TOKEN_FILE`` or ``~/.config/smartcar/tokens.json``), ``--simulator-url URL``
(default ``SMARTCAR_SIMULATOR_URL``, else the origins recorded in the token file) and ``--json``.

The token file records the origins its tokens were issued for, and the stored tokens are never
sent to any other. Exit status: 0 success, 1 API or network failure, 2 usage or configuration
error, 130 interrupted.
"""

from ._main import COMMANDS, READS, build_parser, main, run

__all__ = ["COMMANDS", "READS", "build_parser", "main", "run"]
