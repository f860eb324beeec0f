from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalBodyPreciseLocation")


@_attrs_define
class SignalBodyPreciseLocation:
    """Where the vehicle is (or was last parked).

    Example:
        {'latitude': 52.4227, 'longitude': 10.7865, 'locationType': 'LAST_PARKED'}

    Attributes:
        latitude (float):
        longitude (float):
        heading (float | None): Degrees clockwise from north.
        direction (None | str): Compass direction, for example `N`.
        location_type (None | str): `LAST_PARKED` or `CURRENT` (kept as sent).
    """

    latitude: float
    longitude: float
    heading: float | None = None
    direction: None | str = None
    location_type: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        _heading_value = UNSET if self.heading is None and "heading" not in self._sent_nulls else self.heading

        heading: float | None | Unset
        if isinstance(_heading_value, Unset):
            heading = UNSET
        else:
            heading = _heading_value

        _direction_value = UNSET if self.direction is None and "direction" not in self._sent_nulls else self.direction

        direction: None | str | Unset
        if isinstance(_direction_value, Unset):
            direction = UNSET
        else:
            direction = _direction_value

        _location_type_value = (
            UNSET if self.location_type is None and "location_type" not in self._sent_nulls else self.location_type
        )

        location_type: None | str | Unset
        if isinstance(_location_type_value, Unset):
            location_type = UNSET
        else:
            location_type = _location_type_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latitude": latitude,
                "longitude": longitude,
            }
        )
        if heading is not UNSET:
            field_dict["heading"] = heading
        if direction is not UNSET:
            field_dict["direction"] = direction
        if location_type is not UNSET:
            field_dict["locationType"] = location_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latitude = d.pop("latitude")

        longitude = d.pop("longitude")

        def _parse_heading(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        heading = _parse_heading(d.pop("heading", UNSET))

        def _parse_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        def _parse_location_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_type = _parse_location_type(d.pop("locationType", UNSET))

        signal_body_precise_location = cls(
            latitude=latitude,
            longitude=longitude,
            heading=None if isinstance(heading, Unset) else heading,
            direction=None if isinstance(direction, Unset) else direction,
            location_type=None if isinstance(location_type, Unset) else location_type,
        )
        signal_body_precise_location._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("heading", heading),
                ("direction", direction),
                ("location_type", location_type),
            )
            if field_value is None
        )

        signal_body_precise_location.additional_properties = d
        return signal_body_precise_location

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
