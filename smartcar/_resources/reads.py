"""Which operations of the registry are ``Vehicle`` reads, ``Batch`` results, app vehicle methods.

Pure functions of the operation table, importing nothing: ``smartcar._resources.registry`` applies
them to the generated registry at run time, and ``make regen`` (``scripts/_sections.py``) applies
them to a freshly generated one to write the typed declarations of ``BaseVehicle``, ``Batch``
and ``BaseAppVehicle``, so the methods a type checker sees are the ones the SDK serves.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = ["app_vehicle_operations", "batch_reads", "plain_reads", "vehicle_reads"]

# Vehicle-scoped reads that are not methods of Vehicle: the official SDK has smartcar.get_vehicle
# (the v3 vehicle resource) as a module-level function of the access token and vehicle id.
_NOT_VEHICLE_METHODS = frozenset({"get_vehicle"})
# The origins whose vehicle operations Vehicle sends (v2.0 and the v3 Vehicles API).
_VEHICLE_ORIGINS = ("api", "vehicle_v3")
# Vehicle sends the user's Connect access token, so its reads are the operations that token may
# authorise (security ``accessToken``). API v3 operations that only the application token may
# call (``bearerAuth``, with the ``sc-user-id`` of the user acting) are not Vehicle, fleet or
# CLI reads: they belong to ``smartcar.App``'s vehicle handle (``smartcar.v3``). The v3 reads
# that also take the access token (the vehicle resource, the signals: what the official SDK
# calls with it) stay Vehicle reads, sent without ``sc-user-id``.
_VEHICLE_SECURITY = "accessToken"


def vehicle_reads(operations: Iterable[Any]) -> tuple[Any, ...]:
    """The reads that are methods of ``Vehicle``: vehicle-scoped GETs returning a model."""
    return tuple(
        info
        for info in operations
        if info.method == "GET"
        and "vehicle_id" in info.path_parameters
        and info.origin in _VEHICLE_ORIGINS
        and _VEHICLE_SECURITY in info.security
        and not info.command
        and info.result is not None
        and info.name not in _NOT_VEHICLE_METHODS
    )


def plain_reads(operations: Iterable[Any]) -> tuple[Any, ...]:
    """The ``Vehicle`` reads that take no argument: the fleet's and the CLI's endpoints."""
    # The API version is a path parameter the engine fills in, not an argument.
    return tuple(
        info
        for info in vehicle_reads(operations)
        if set(info.path_parameters) <= {"version", "vehicle_id"}
    )


def batch_reads(operations: Iterable[Any]) -> tuple[Any, ...]:
    """The operations ``POST /batch`` can read, each with its ``batch_path``."""
    return tuple(info for info in operations if info.batch_path is not None)


def app_vehicle_operations(operations: Iterable[Any]) -> tuple[Any, ...]:
    """The methods of ``App``'s vehicle handle that take no argument: reads and commands.

    The operations of one vehicle with the application token (``bearerAuth``, the vehicle id
    their only path parameter, no body) that are a read (a GET, not paged, with a result) or a
    command that answers a command execution.
    """
    found = []
    for info in operations:
        plain = (
            "bearerAuth" in info.security
            and set(info.path_parameters) == {"vehicle_id"}
            and not info.has_body
            and info.result is not None
        )
        read = info.method == "GET" and not info.command and info.paging is None
        command = info.command and info.result == "CommandExecution"
        if plain and (read or command):
            found.append(info)
    return tuple(found)
