from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="SignalBodyChargeLimitCondition")


@_attrs_define
class SignalBodyChargeLimitCondition:
    """Where a location or connector charge limit applies.

    Attributes:
        name (None | str):
        address (None | str):
        latitude (float | None):
        longitude (float | None):
        connector_type (None | str):
    """

    name: None | str = None
    address: None | str = None
    latitude: float | None = None
    longitude: float | None = None
    connector_type: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _name_value = UNSET if self.name is None and "name" not in self._sent_nulls else self.name

        if "name" in self._deviations:
            name = _name_value
        else:
            name: None | str | Unset
            if isinstance(_name_value, Unset):
                name = UNSET
            else:
                name = _name_value

        _address_value = UNSET if self.address is None and "address" not in self._sent_nulls else self.address

        if "address" in self._deviations:
            address = _address_value
        else:
            address: None | str | Unset
            if isinstance(_address_value, Unset):
                address = UNSET
            else:
                address = _address_value

        _latitude_value = UNSET if self.latitude is None and "latitude" not in self._sent_nulls else self.latitude

        if "latitude" in self._deviations:
            latitude = _latitude_value
        else:
            latitude: float | None | Unset
            if isinstance(_latitude_value, Unset):
                latitude = UNSET
            else:
                latitude = _latitude_value

        _longitude_value = UNSET if self.longitude is None and "longitude" not in self._sent_nulls else self.longitude

        if "longitude" in self._deviations:
            longitude = _longitude_value
        else:
            longitude: float | None | Unset
            if isinstance(_longitude_value, Unset):
                longitude = UNSET
            else:
                longitude = _longitude_value

        _connector_type_value = (
            UNSET if self.connector_type is None and "connector_type" not in self._sent_nulls else self.connector_type
        )

        if "connectorType" in self._deviations:
            connector_type = _connector_type_value
        else:
            connector_type: None | str | Unset
            if isinstance(_connector_type_value, Unset):
                connector_type = UNSET
            else:
                connector_type = _connector_type_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if connector_type is not UNSET:
            field_dict["connectorType"] = connector_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _name_sent = d.pop("name", UNSET)
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            name = _parse_name(_name_sent)

        except LENIENT_ERRORS:
            name = _name_sent
        name = read_member(
            _issues,
            "name",
            name,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _address_sent = d.pop("address", UNSET)
        try:

            def _parse_address(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            address = _parse_address(_address_sent)

        except LENIENT_ERRORS:
            address = _address_sent
        address = read_member(
            _issues,
            "address",
            address,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _latitude_sent = d.pop("latitude", UNSET)
        try:

            def _parse_latitude(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None | Unset, data)

            latitude = _parse_latitude(_latitude_sent)

        except LENIENT_ERRORS:
            latitude = _latitude_sent
        latitude = read_member(
            _issues,
            "latitude",
            latitude,
            (
                float,
                None,
            ),
            None,
            False,
        )

        _longitude_sent = d.pop("longitude", UNSET)
        try:

            def _parse_longitude(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None | Unset, data)

            longitude = _parse_longitude(_longitude_sent)

        except LENIENT_ERRORS:
            longitude = _longitude_sent
        longitude = read_member(
            _issues,
            "longitude",
            longitude,
            (
                float,
                None,
            ),
            None,
            False,
        )

        _connector_type_sent = d.pop("connectorType", UNSET)
        try:

            def _parse_connector_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            connector_type = _parse_connector_type(_connector_type_sent)

        except LENIENT_ERRORS:
            connector_type = _connector_type_sent
        connector_type = read_member(
            _issues,
            "connectorType",
            connector_type,
            (
                str,
                None,
            ),
            None,
            False,
        )

        signal_body_charge_limit_condition = cls(
            name=None if isinstance(name, Unset) else name,
            address=None if isinstance(address, Unset) else address,
            latitude=None if isinstance(latitude, Unset) else latitude,
            longitude=None if isinstance(longitude, Unset) else longitude,
            connector_type=None if isinstance(connector_type, Unset) else connector_type,
        )
        signal_body_charge_limit_condition._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("name", name),
                ("address", address),
                ("latitude", latitude),
                ("longitude", longitude),
                ("connector_type", connector_type),
            )
            if field_value is None
        )

        signal_body_charge_limit_condition._deviations = _issues

        signal_body_charge_limit_condition.additional_properties = d
        return signal_body_charge_limit_condition

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
