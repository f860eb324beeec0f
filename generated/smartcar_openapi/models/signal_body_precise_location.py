from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        latitude = self.latitude

        longitude = self.longitude

        _heading_value = UNSET if self.heading is None and "heading" not in self._sent_nulls else self.heading

        if "heading" in self._deviations:
            heading = _heading_value
        else:
            heading: float | None | Unset
            if isinstance(_heading_value, Unset):
                heading = UNSET
            else:
                heading = _heading_value

        _direction_value = UNSET if self.direction is None and "direction" not in self._sent_nulls else self.direction

        if "direction" in self._deviations:
            direction = _direction_value
        else:
            direction: None | str | Unset
            if isinstance(_direction_value, Unset):
                direction = UNSET
            else:
                direction = _direction_value

        _location_type_value = (
            UNSET if self.location_type is None and "location_type" not in self._sent_nulls else self.location_type
        )

        if "locationType" in self._deviations:
            location_type = _location_type_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _latitude_sent = d.pop("latitude", UNSET)
        latitude = read_member(
            _issues,
            "latitude",
            _latitude_sent,
            (float,),
            None,
            True,
        )

        _longitude_sent = d.pop("longitude", UNSET)
        longitude = read_member(
            _issues,
            "longitude",
            _longitude_sent,
            (float,),
            None,
            True,
        )

        _heading_sent = d.pop("heading", UNSET)
        try:

            def _parse_heading(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None | Unset, data)

            heading = _parse_heading(_heading_sent)

        except LENIENT_ERRORS:
            heading = _heading_sent
        heading = read_member(
            _issues,
            "heading",
            heading,
            (
                float,
                None,
            ),
            None,
            False,
        )

        _direction_sent = d.pop("direction", UNSET)
        try:

            def _parse_direction(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            direction = _parse_direction(_direction_sent)

        except LENIENT_ERRORS:
            direction = _direction_sent
        direction = read_member(
            _issues,
            "direction",
            direction,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _location_type_sent = d.pop("locationType", UNSET)
        try:

            def _parse_location_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            location_type = _parse_location_type(_location_type_sent)

        except LENIENT_ERRORS:
            location_type = _location_type_sent
        location_type = read_member(
            _issues,
            "locationType",
            location_type,
            (
                str,
                None,
            ),
            None,
            False,
        )

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

        signal_body_precise_location._deviations = _issues

        signal_body_precise_location.additional_properties = d
        return signal_body_precise_location

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
