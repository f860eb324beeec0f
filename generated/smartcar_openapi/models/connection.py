from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="Connection")


@_attrs_define
class Connection:
    """
    Attributes:
        vehicle_id (str): Smartcar vehicle id.
        user_id (str): Smartcar user id.
        connected_at (datetime.datetime): ISO 8601 date-time of the connection.
        mode (str | None): Vehicle mode, for example `live` or `simulated`.
    """

    vehicle_id: str
    user_id: str
    connected_at: datetime.datetime
    mode: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        vehicle_id = self.vehicle_id

        user_id = self.user_id

        if "connectedAt" in self._deviations:
            connected_at = self.connected_at
        else:
            connected_at = self.connected_at.isoformat()

        _mode_value = UNSET if self.mode is None else self.mode

        mode = _mode_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "userId": user_id,
                "connectedAt": connected_at,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _vehicle_id_sent = d.pop("vehicleId", UNSET)
        vehicle_id = read_member(
            _issues,
            "vehicleId",
            _vehicle_id_sent,
            (str,),
            None,
            True,
        )

        _user_id_sent = d.pop("userId", UNSET)
        user_id = read_member(
            _issues,
            "userId",
            _user_id_sent,
            (str,),
            None,
            True,
        )

        _connected_at_sent = d.pop("connectedAt", UNSET)
        try:
            connected_at = datetime.datetime.fromisoformat(_connected_at_sent)

        except LENIENT_ERRORS:
            connected_at = _connected_at_sent
        connected_at = read_member(
            _issues,
            "connectedAt",
            connected_at,
            (datetime.datetime,),
            None,
            True,
        )

        _mode_sent = d.pop("mode", UNSET)
        mode = read_member(
            _issues,
            "mode",
            _mode_sent,
            (str,),
            None,
            False,
        )

        connection = cls(
            vehicle_id=vehicle_id,
            user_id=user_id,
            connected_at=connected_at,
            mode=None if isinstance(mode, Unset) else mode,
        )

        connection._deviations = _issues

        connection.additional_properties = d
        return connection

    @property
    def spec_deviations(self) -> dict[str, str]:
        """Where the body departs from the spec, by JSON path (``attributes.status``,
        ``doors[2]``), including the models inside this one: a required member absent (its
        attribute is None), a value of another type (kept as sent), an unknown enum value (kept
        as its string), an odd list item (kept in the list). Empty for a body that fits the spec."""
        return self._deviations

    @property
    def missing_fields(self) -> list[str]:
        """JSON paths of the members the spec requires that the body lacked (read as None)."""
        return [path for path, what in self._deviations.items() if what == MISSING]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
