"""Read many vehicles at once: bounded concurrency, one result per vehicle, in input order.

::

    results = smartcar.read_fleet(vehicles, ["odometer", "location"], max_workers=10)
    for result in results:
        if result.ok:
            print(result.vehicle_id, result["odometer"].distance)
        else:
            print(result.vehicle_id, result.errors)

    results = await smartcar.aread_fleet(vehicles, ["odometer"], concurrency=50)

``vehicles`` holds :class:`~smartcar.Vehicle` objects (:class:`~smartcar.AsyncVehicle` for
``aread_fleet``), ``(vehicle_id, access_token)`` pairs, or both. Each vehicle's endpoints are
read one after the other (Smartcar rate-limits per vehicle), and vehicles are read side by side:
on a thread pool of ``max_workers`` threads, or as asyncio tasks of which at most
``concurrency`` run at once. Every vehicle gets a :class:`FleetResult`, in the order given; one
failure never cancels the others.

A read answered with :class:`~smartcar.RateLimitError` and a ``Retry-After`` of at most
``max_rate_limit_wait`` seconds waits that long, for that vehicle only, and is repeated; each
vehicle may do so ``rate_limit_retries`` times. A longer ``Retry-After`` is recorded as that
read's error at once: Smartcar's limits last minutes, and one vehicle must not stall the run.
The SDK's own retries of transient failures (5xx, network) still apply to every read.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any, Unpack

from ._core.values import is_int, is_number
from ._http import Action, ClientOptions, Sleep, detached, flow
from ._resources import registry
from ._resources.ops import AsyncRunner, SyncRunner, operation
from .exceptions import InvalidInputError, RateLimitError, SmartcarException
from .tokens import TokenManager
from .vehicle import AsyncVehicle, BaseVehicle, Vehicle

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_RATE_LIMIT_WAIT",
    "DEFAULT_RATE_LIMIT_RETRIES",
    "READ_ENDPOINTS",
    "FleetResult",
    "aread_fleet",
    "read_fleet",
]

DEFAULT_CONCURRENCY = 10
"""Vehicles read at once by default: threads for ``read_fleet``, tasks for ``aread_fleet``."""

DEFAULT_MAX_RATE_LIMIT_WAIT = 60.0
"""Longest ``Retry-After`` (seconds) a fleet read waits for before repeating a read."""

DEFAULT_RATE_LIMIT_RETRIES = 3
"""How many times one vehicle's reads are repeated after rate limits."""

READ_ENDPOINTS = frozenset({*(info.name for info in registry.plain_reads()), "info"})
"""The vehicle methods a fleet read may call: the spec's reads that need no arguments (from the
operation registry), and ``info``, the alias of ``attributes``."""

ProgressCallback = Callable[[int, int], object]
"""``on_progress(done, total)``: vehicles finished so far, and how many there are."""


@dataclass(frozen=True, slots=True)
class FleetResult:
    """What one vehicle of a fleet read returned.

    Attributes:
        vehicle_id: the vehicle's id.
        results: endpoint name → typed result, for the reads that succeeded.
        errors: endpoint name → exception (usually a ``SmartcarException``), for the reads
            that failed.
    """

    vehicle_id: str
    results: Mapping[str, Any]
    errors: Mapping[str, Exception]

    @property
    def ok(self) -> bool:
        """Whether every endpoint was read."""
        return not self.errors

    @property
    def error(self) -> Exception | None:
        """The first failure, in the order the endpoints were asked for, or ``None``."""
        return next(iter(self.errors.values()), None)

    def __getitem__(self, endpoint: str) -> Any:
        """The result of ``endpoint``; raises its error if that read failed.

        Raises:
            KeyError: ``endpoint`` was not part of the read.
        """
        if endpoint in self.errors:
            raise self.errors[endpoint]
        return self.results[endpoint]


def _endpoints(endpoints: str | Sequence[str]) -> tuple[str, ...]:
    if not isinstance(endpoints, str | Sequence):
        raise InvalidInputError(
            f"endpoints must be a read name or a list of them, such as ['odometer'], "
            f"got {type(endpoints).__name__}"
        )
    names = (endpoints,) if isinstance(endpoints, str) else tuple(endpoints)
    if not names:
        raise InvalidInputError("endpoints must name at least one read, such as 'odometer'")
    unknown = [n for n in names if n not in READ_ENDPOINTS]
    if unknown:
        raise InvalidInputError(
            f"not a fleet read: {', '.join(map(repr, unknown))}; "
            f"choose from {', '.join(sorted(READ_ENDPOINTS))}"
        )
    if len(set(names)) != len(names):
        raise InvalidInputError(f"endpoints must not repeat: {list(names)}")
    return names


def _positive(name: str, value: int) -> int:
    if not is_int(value) or value < 1:
        raise InvalidInputError(f"{name} must be an int >= 1, got {value!r}")
    return value


def _rate_limit_policy(max_rate_limit_wait: float, rate_limit_retries: int) -> None:
    if not is_number(max_rate_limit_wait) or not 0 <= max_rate_limit_wait < float("inf"):
        raise InvalidInputError(
            f"max_rate_limit_wait must be a finite number of seconds >= 0, "
            f"got {max_rate_limit_wait!r}"
        )
    if not is_int(rate_limit_retries) or rate_limit_retries < 0:
        raise InvalidInputError(
            f"rate_limit_retries must be an int >= 0, got {rate_limit_retries!r}"
        )


def _prepare(
    vehicles: Iterable[Any],
    kind: type[BaseVehicle],
    options: Mapping[str, Any] | None,
    client_options: ClientOptions,
    caller: str,
) -> list[Any]:
    """Validate the inputs and turn pairs into vehicles, before anything is sent.

    ``options`` and ``client_options`` go to ``kind`` for each ``(vehicle_id, access_token)``
    pair.
    """
    if client_options.get("transport") is not None:
        # A client per vehicle, built around it, would never be closed.
        raise InvalidInputError(
            f"{caller}: pass http_client (a client around your transport), not transport"
        )
    make: Callable[[str, str | TokenManager], BaseVehicle] = functools.partial(
        kind, options=options, **client_options
    )
    if isinstance(vehicles, str | bytes) or not isinstance(vehicles, Iterable):
        raise InvalidInputError(
            f"{caller}: vehicles must be a list of vehicles or (vehicle_id, access_token) "
            f"pairs, got {type(vehicles).__name__}"
        )
    prepared: list[Any] = []
    for index, item in enumerate(vehicles):
        if isinstance(item, kind):
            vehicle: BaseVehicle = item
        elif isinstance(item, BaseVehicle):
            other = "aread_fleet" if isinstance(item, AsyncVehicle) else "read_fleet"
            raise InvalidInputError(
                f"{caller}: vehicles[{index}] is a {type(item).__name__}; "
                f"pass {kind.__name__} objects, or use {other}"
            )
        elif isinstance(item, tuple | list) and len(item) == 2:
            vehicle = make(item[0], item[1])
        else:
            raise InvalidInputError(
                f"{caller}: vehicles[{index}] must be a {kind.__name__} or a "
                f"(vehicle_id, access_token) pair, got {type(item).__name__}"
            )
        # The fleet waits out Retry-After itself, per vehicle and with its own cap; the engine
        # would otherwise wait first, up to its own limit, before the fleet saw the error.
        prepared.append(vehicle.with_options(max_retry_after=0))
    return prepared


def _rate_limit_wait(error: RateLimitError, used: int, retries: int, cap: float) -> float | None:
    """Seconds to wait before repeating a rate-limited read, or ``None`` to give up."""
    if used >= retries or error.retry_after is None or error.retry_after > cap:
        return None
    return max(float(error.retry_after), 0.0)


def _plan(
    vehicle: BaseVehicle, endpoints: tuple[str, ...], retries: int, cap: float, *done: Any
) -> Generator[Action, Any, FleetResult]:
    """The reads of one vehicle as the engine's actions, for the vehicle's own driver.

    Each read is the operation's :func:`~smartcar._http.flow`, delegated to; a rate-limited
    read adds a :class:`~smartcar._http.Sleep` and runs again. So the sync and async fleets
    share this one definition, and every request goes through the same engine as a call.
    ``done`` (results, errors) is filled as the reads finish (see :func:`_unfinished`).
    """
    assert isinstance(vehicle, SyncRunner | AsyncRunner)
    settings = vehicle._current_settings()
    results, errors = done
    used = 0
    for name in endpoints:
        read: operation[[], Any] = getattr(type(vehicle), name)
        while True:
            outcome: Any
            try:
                outcome = yield from flow(read.build(vehicle), settings)
            except SmartcarException as error:
                outcome = detached(error)  # as a call raises it: without the chain
            except Exception as error:
                # Any failure, even an unexpected one, belongs to this vehicle alone.
                outcome = error
            if isinstance(outcome, RateLimitError):
                wait = _rate_limit_wait(outcome, used, retries, cap)
                if wait is not None:
                    used += 1
                    yield Sleep(wait)
                    continue
            if isinstance(outcome, Exception):
                errors[name] = outcome
            else:
                results[name] = outcome
            break
    return FleetResult(vehicle.vehicle_id, results, errors)


_Partial = tuple[dict[str, Any], dict[str, Exception]]


def _unfinished(
    vehicle: BaseVehicle, names: tuple[str, ...], done: _Partial, error: Exception
) -> FleetResult:
    # The driver, not _plan, gets each read's token (a TokenManager's load or refresh), so a
    # token failure ends the drive: the reads done stay, the rest get the error. It is still
    # this vehicle's failure alone, never the fleet's.
    results, errors = done
    errors.update({n: error for n in names if n not in results and n not in errors})
    return FleetResult(vehicle.vehicle_id, results, errors)


def _read_one(
    vehicle: Vehicle, endpoints: tuple[str, ...], retries: int, cap: float
) -> FleetResult:
    partial: _Partial = ({}, {})
    try:
        return vehicle._drive(_plan(vehicle, endpoints, retries, cap, *partial))
    except Exception as error:
        return _unfinished(vehicle, endpoints, partial, error)


async def _aread_one(
    vehicle: AsyncVehicle, endpoints: tuple[str, ...], retries: int, cap: float
) -> FleetResult:
    partial: _Partial = ({}, {})
    try:
        return await vehicle._drive(_plan(vehicle, endpoints, retries, cap, *partial))
    except Exception as error:
        return _unfinished(vehicle, endpoints, partial, error)


def read_fleet(
    vehicles: Iterable[Vehicle | tuple[str, str | TokenManager]],
    endpoints: str | Sequence[str],
    *,
    max_workers: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
    max_rate_limit_wait: float = DEFAULT_MAX_RATE_LIMIT_WAIT,
    rate_limit_retries: int = DEFAULT_RATE_LIMIT_RETRIES,
    options: Mapping[str, Any] | None = None,
    **client_options: Unpack[ClientOptions],
) -> list[FleetResult]:
    """Read ``endpoints`` of every vehicle on a thread pool; one result per vehicle, in order.

    Args:
        vehicles: ``Vehicle`` objects and/or ``(vehicle_id, access_token)`` pairs (the token
            may be a ``TokenManager``).
        endpoints: vehicle methods to call, such as ``["odometer", "location"]`` (see
            :data:`READ_ENDPOINTS`); a single name is accepted too.
        max_workers: vehicles read at once (threads).
        on_progress: called as ``on_progress(done, total)`` after each vehicle, in the
            calling thread; an exception it raises stops the run and propagates.
        max_rate_limit_wait: longest ``Retry-After`` to wait for, in seconds.
        rate_limit_retries: how many rate-limited reads one vehicle may repeat.
        options: ``Vehicle`` options (``unit_system``, ``version``, ``flags``) for pairs.
        **client_options: the keywords of ``Vehicle`` for pairs (see
            :class:`~smartcar.ClientOptions`), except ``transport``: an ``http_client`` (never
            closed by the SDK; default the SDK's shared keep-alive pool) serves them all.

    Returns:
        One :class:`FleetResult` per vehicle, in input order.

    Raises:
        InvalidInputError: an unknown endpoint, a malformed vehicle or option, before any
            request is sent.
    """
    names = _endpoints(endpoints)
    workers = _positive("max_workers", max_workers)
    _rate_limit_policy(max_rate_limit_wait, rate_limit_retries)

    prepared: list[Vehicle] = _prepare(vehicles, Vehicle, options, client_options, "read_fleet")
    total = len(prepared)
    results: list[FleetResult | None] = [None] * total
    if not total:
        return []
    with ThreadPoolExecutor(
        max_workers=min(workers, total), thread_name_prefix="smartcar-fleet"
    ) as pool:
        futures: dict[Future[FleetResult], int] = {
            pool.submit(_read_one, vehicle, names, rate_limit_retries, max_rate_limit_wait): i
            for i, vehicle in enumerate(prepared)
        }
        try:
            for done, future in enumerate(as_completed(futures), 1):
                results[futures[future]] = future.result()
                if on_progress is not None:
                    on_progress(done, total)
        except BaseException:
            # Stop promptly: vehicles not started yet are dropped, running ones finish.
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return list(_filled(results))


async def aread_fleet(
    vehicles: Iterable[AsyncVehicle | tuple[str, str | TokenManager]],
    endpoints: str | Sequence[str],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: ProgressCallback | None = None,
    max_rate_limit_wait: float = DEFAULT_MAX_RATE_LIMIT_WAIT,
    rate_limit_retries: int = DEFAULT_RATE_LIMIT_RETRIES,
    options: Mapping[str, Any] | None = None,
    **client_options: Unpack[ClientOptions],
) -> list[FleetResult]:
    """Read ``endpoints`` of every vehicle as asyncio tasks; one result per vehicle, in order.

    The asyncio twin of :func:`read_fleet`: the same arguments, except ``concurrency`` (tasks
    reading at once, bounded by a semaphore) in place of ``max_workers``, ``AsyncVehicle``
    objects in place of ``Vehicle``, and an ``httpx2.AsyncClient`` as ``http_client``.
    ``on_progress`` runs in the event loop; if it raises, the other reads are cancelled.

    Returns:
        One :class:`FleetResult` per vehicle, in input order.

    Raises:
        InvalidInputError: an unknown endpoint, a malformed vehicle or option, before any
            request is sent.
    """
    names = _endpoints(endpoints)
    limit = _positive("concurrency", concurrency)
    _rate_limit_policy(max_rate_limit_wait, rate_limit_retries)

    prepared: list[AsyncVehicle] = _prepare(
        vehicles, AsyncVehicle, options, client_options, "aread_fleet"
    )
    total = len(prepared)
    results: list[FleetResult | None] = [None] * total
    semaphore = asyncio.Semaphore(limit)
    done = 0
    stopped = False

    async def read(index: int, vehicle: AsyncVehicle) -> None:
        nonlocal done, stopped
        async with semaphore:
            # Tasks already woken by the semaphore run before gather() reports a failure and
            # cancels them, so each checks first that the run has not been stopped.
            if stopped:
                return
            results[index] = await _aread_one(
                vehicle, names, rate_limit_retries, max_rate_limit_wait
            )
        done += 1
        if on_progress is not None:
            try:
                on_progress(done, total)
            except BaseException:
                stopped = True
                raise

    tasks = [asyncio.ensure_future(read(i, v)) for i, v in enumerate(prepared)]
    try:
        await asyncio.gather(*tasks)
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return list(_filled(results))


def _filled(results: list[FleetResult | None]) -> Iterator[FleetResult]:
    for result in results:
        # Every slot is set once the run completes; a gap would be a bug here, not an input.
        assert result is not None
        yield result
