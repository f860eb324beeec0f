"""A local Smartcar API simulator, for this SDK's tests and for yours.

`Simulator` is the whole API in memory (Connect, tokens, API v2.0 and v3, compatibility and
management), with vehicles whose state commands change, and ways to make requests fail on
purpose. Reach it in-process through `SimulatorTransport` (an httpx2 transport, no sockets) or
over HTTP through `SimulatorServer` (a loopback port), or run ``python -m smartcar.testing``.

Failures on purpose: `Simulator.fail_next`, ``POST /_simulator/fail`` with the same fields as
JSON, or an ``SC-Simulate-Error: RATE_LIMIT:VEHICLE`` request header on any API request.
``POST /_simulator/reset`` restores the initial state. Over HTTP, these control endpoints
only answer a JSON body (``Content-Type: application/json``) sent to a loopback ``Host``, so a
web page open in a browser cannot reach them.

Webhooks: `Simulator.webhook_delivery` builds a signed ``VEHICLE_STATE`` delivery of a
vehicle's current signals, and `Simulator.deliver_webhook` POSTs one to your endpoint.

"""

from ._data import VehicleState
from ._deliveries import WebhookDelivery
from ._errors import DEFAULT_RETRY_AFTER
from ._ports import SIMULATOR_PORT_ENV, add_port_option
from ._server import SimulatorServer
from ._simulator import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_MANAGEMENT_TOKEN,
    DEFAULT_REDIRECT_URI,
    DEFAULT_USER_ID,
    SimResponse,
    Simulator,
)
from ._spec import load_spec
from ._transport import SimulatorTransport

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_MANAGEMENT_TOKEN",
    "DEFAULT_REDIRECT_URI",
    "DEFAULT_RETRY_AFTER",
    "DEFAULT_USER_ID",
    "SIMULATOR_PORT_ENV",
    "SimResponse",
    "Simulator",
    "SimulatorServer",
    "SimulatorTransport",
    "VehicleState",
    "WebhookDelivery",
    "add_port_option",
    "load_spec",
]
