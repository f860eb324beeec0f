"""Meter Smartcar calls per vehicle with the SDK's hooks.

Smartcar bills a monthly allowance of API calls per vehicle, shared by its reads and its
commands, so an integration keeps its own count to stay inside it. ``CallMeter`` counts every
attempt the API answered (a retry is a request Smartcar received, so it counts too; an attempt
that never reached the server does not), per vehicle and per calendar month (UTC), and tells
what is left. Give its ``hooks`` to every client::

    meter = CallMeter(monthly_allowance=1000)
    vehicle = smartcar.Vehicle(vehicle_id, token, hooks=meter.hooks)
    if meter.remaining(vehicle_id) > 0:
        vehicle.odometer()

Hooks only observe: to enforce the budget, check ``remaining`` before a call, as above. The
counts live in memory; a service with several processes keeps them in a shared store instead
(Redis ``INCR`` on the same key). Run ``python -m examples.metering`` for a demonstration
against the SDK's simulator.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import smartcar


class CallMeter:
    """Calls per vehicle and month, counted by hooks; thread-safe."""

    def __init__(
        self,
        monthly_allowance: int,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.monthly_allowance = monthly_allowance
        self._now = now
        self._lock = threading.Lock()
        self._calls: Counter[tuple[str, str]] = Counter()
        self._commands: Counter[tuple[str, str]] = Counter()
        self.hooks = smartcar.Hooks(after_response=self._answered)
        """Pass to every client (``hooks=meter.hooks``) whose calls count."""

    def _month(self) -> str:
        return self._now().strftime("%Y-%m")

    def _answered(self, attempt: smartcar.Attempt, response: smartcar.AttemptResponse) -> None:
        if attempt.vehicle_id is None:  # account calls (the user, the vehicle list) are free
            return
        key = (self._month(), attempt.vehicle_id)
        with self._lock:
            self._calls[key] += 1
            if attempt.command:
                self._commands[key] += 1

    def used(self, vehicle_id: str) -> int:
        """Calls to ``vehicle_id`` answered this month, reads and commands."""
        with self._lock:
            return self._calls[(self._month(), vehicle_id)]

    def commands(self, vehicle_id: str) -> int:
        """Of those, the commands (lock, unlock, charge...)."""
        with self._lock:
            return self._commands[(self._month(), vehicle_id)]

    def remaining(self, vehicle_id: str) -> int:
        """Calls left in this month's allowance of ``vehicle_id`` (never below 0)."""
        return max(self.monthly_allowance - self.used(vehicle_id), 0)


def main() -> None:
    """Read and lock a simulated vehicle, then print what the meter counted."""
    from smartcar.testing import Simulator, SimulatorTransport

    sim = Simulator()
    token = sim.issue_token()["access_token"]
    meter = CallMeter(monthly_allowance=500)
    vehicle_id = sim.vehicle_ids[0]
    vehicle = smartcar.Vehicle(
        vehicle_id, token, transport=SimulatorTransport(sim), hooks=meter.hooks
    )
    vehicle.odometer()
    vehicle.location()
    vehicle.lock()
    print(
        f"{vehicle_id}: {meter.used(vehicle_id)} calls ({meter.commands(vehicle_id)} commands), "
        f"{meter.remaining(vehicle_id)} left this month"
    )


if __name__ == "__main__":
    main()
