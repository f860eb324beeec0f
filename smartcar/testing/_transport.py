"""An httpx2 transport that answers requests from a `Simulator` in-process (no sockets)."""

from __future__ import annotations

import httpx2

from ._simulator import Simulator

__all__ = ["SimulatorTransport"]


class SimulatorTransport(httpx2.MockTransport):
    """Route httpx2 requests, sync or async, to a `Simulator`.

    Every origin (``api.smartcar.com``, ``auth.smartcar.com``, ...) reaches the same simulator,
    so one transport serves all the SDK's clients::

        sim = Simulator()
        client = httpx2.Client(transport=SimulatorTransport(sim))

    It is an ``httpx2.MockTransport`` on purpose: vcrpy records and replays MockTransport
    traffic, so tests can record cassettes against the simulator with the real API's URLs.
    The simulator never waits on I/O, so answering inline does not stall an event loop.

    Args:
        simulator: the simulator to answer from; a new default one if omitted.
    """

    def __init__(self, simulator: Simulator | None = None) -> None:
        self.simulator = simulator if simulator is not None else Simulator()
        super().__init__(self._answer)

    def _answer(self, request: httpx2.Request) -> httpx2.Response:
        answer = self.simulator.handle(
            request.method, str(request.url), request.headers, request.content
        )
        return httpx2.Response(
            answer.status,
            headers=list(answer.headers.items()),
            content=answer.body,
            request=request,
        )
