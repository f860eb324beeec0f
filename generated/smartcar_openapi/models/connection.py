from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        vehicle_id = self.vehicle_id

        user_id = self.user_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        vehicle_id = d.pop("vehicleId")

        user_id = d.pop("userId")

        connected_at = datetime.datetime.fromisoformat(d.pop("connectedAt"))

        mode = d.pop("mode", UNSET)

        connection = cls(
            vehicle_id=vehicle_id,
            user_id=user_id,
            connected_at=connected_at,
            mode=None if isinstance(mode, Unset) else mode,
        )

        connection.additional_properties = d
        return connection

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
