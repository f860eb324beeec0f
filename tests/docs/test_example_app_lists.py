"""The example app's vehicle page against an odd vehicle list: a bad id or an endless list."""

from __future__ import annotations

import html
from collections.abc import Callable

import httpx2

from smartcar import _http
from smartcar.testing import SimulatorTransport

from .._example_app import (
    TESLA,
    Setup,
    setup_fixture,  # noqa: F401 - the `setup` fixture: the app on a fresh simulator
    sign_in,
)

VehicleList = Callable[[httpx2.Request], dict[str, object]]


def _serve_vehicle_list(s: Setup, answer: VehicleList) -> list[httpx2.Request]:
    """Answer ``GET /v2.0/vehicles`` with ``answer``; everything else goes to the simulator."""
    inner = SimulatorTransport(s.sim)
    asked: list[httpx2.Request] = []

    def route(request: httpx2.Request) -> httpx2.Response:
        if request.url.path == "/v2.0/vehicles":
            asked.append(request)
            return httpx2.Response(200, json=answer(request))
        return inner.handle_request(request)

    _http.set_transport_override(httpx2.MockTransport(route))
    return asked


def test_a_vehicle_id_that_fails_the_path_checks_is_one_row_with_an_error(setup: Setup) -> None:
    sign_in(setup)
    bad = "../management"
    _serve_vehicle_list(
        setup, lambda r: {"vehicles": [bad, TESLA], "paging": {"count": 2, "offset": 0}}
    )
    page = setup.browser.get("/vehicles")
    assert page.status_code == 200
    rows = page.text.split("<tr>")[2:]  # after the header row
    assert len(rows) == 2
    assert html.escape(bad) in rows[0] and "vehicle_id" in rows[0] and 'class="error"' in rows[0]
    assert "TESLA" in rows[1] and 'class="error"' not in rows[1]


def test_a_vehicle_list_that_repeats_one_vehicle_forever_ends(setup: Setup) -> None:
    sign_in(setup)
    asked = _serve_vehicle_list(
        setup,
        lambda r: {
            "vehicles": [TESLA],
            "paging": {"count": 10**9, "offset": int(r.url.params.get("offset", "0"))},
        },
    )
    page = setup.browser.get("/vehicles")
    assert page.status_code == 502
    assert "repeats items" in page.text
    assert len(asked) == 2
