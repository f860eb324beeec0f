from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _location_value = UNSET if self.location is None else self.location

        if "location" in self._deviations:
            location = _location_value
        else:
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
        _issues: dict[str, str] = {}
        _location_sent = d.pop("location", UNSET)
        try:
            _location = _location_sent
            location: GeoPoint | Unset
            if isinstance(_location, Unset):
                location = UNSET
            else:
                location = GeoPoint.from_dict(_location)

        except LENIENT_ERRORS:
            location = _location_sent
        location = read_member(
            _issues,
            "location",
            location,
            (GeoPoint,),
            None,
            False,
        )

        _start_time_sent = d.pop("startTime", UNSET)
        start_time = read_member(
            _issues,
            "startTime",
            _start_time_sent,
            (str,),
            None,
            False,
        )

        _stop_time_sent = d.pop("stopTime", UNSET)
        stop_time = read_member(
            _issues,
            "stopTime",
            _stop_time_sent,
            (str,),
            None,
            False,
        )

        charge_schedule_attributes = cls(
            location=None if isinstance(location, Unset) else location,
            start_time=None if isinstance(start_time, Unset) else start_time,
            stop_time=None if isinstance(stop_time, Unset) else stop_time,
        )

        charge_schedule_attributes._deviations = _issues

        charge_schedule_attributes.additional_properties = d
        return charge_schedule_attributes

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
