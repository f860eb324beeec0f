from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_point import GeoPoint


T = TypeVar("T", bound="ChargeScheduleAttributes")


@_attrs_define
class ChargeScheduleAttributes:
    """A schedule at a location between two local times (`HH:mm`).

    Attributes:
        location (GeoPoint | None):
        start_time (str | None):
        stop_time (str | None):
    """

    location: GeoPoint | None = None
    start_time: str | None = None
    stop_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _location_value = UNSET if self.location is None else self.location

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(_location_value, Unset):
            location = _location_value.to_dict()

        _start_time_value = UNSET if self.start_time is None else self.start_time

        start_time = _start_time_value

        _stop_time_value = UNSET if self.stop_time is None else self.stop_time

        stop_time = _stop_time_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if location is not UNSET:
            field_dict["location"] = location
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if stop_time is not UNSET:
            field_dict["stopTime"] = stop_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.geo_point import GeoPoint  # noqa: PLC0415

        d = dict(src_dict)
        _location = d.pop("location", UNSET)
        location: GeoPoint | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = GeoPoint.from_dict(_location)

        start_time = d.pop("startTime", UNSET)

        stop_time = d.pop("stopTime", UNSET)

        charge_schedule_attributes = cls(
            location=None if isinstance(location, Unset) else location,
            start_time=None if isinstance(start_time, Unset) else start_time,
            stop_time=None if isinstance(stop_time, Unset) else stop_time,
        )

        charge_schedule_attributes.additional_properties = d
        return charge_schedule_attributes

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
