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
        location (GeoPoint | Unset):
        start_time (str | Unset):
        stop_time (str | Unset):
    """

    location: GeoPoint | Unset = UNSET
    start_time: str | Unset = UNSET
    stop_time: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        start_time = self.start_time

        stop_time = self.stop_time

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
            location=location,
            start_time=start_time,
            stop_time=stop_time,
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
