from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _name_value = UNSET if self.name is None and "name" not in self._sent_nulls else self.name

        name: None | str | Unset
        if isinstance(_name_value, Unset):
            name = UNSET
        else:
            name = _name_value

        _address_value = UNSET if self.address is None and "address" not in self._sent_nulls else self.address

        address: None | str | Unset
        if isinstance(_address_value, Unset):
            address = UNSET
        else:
            address = _address_value

        _latitude_value = UNSET if self.latitude is None and "latitude" not in self._sent_nulls else self.latitude

        latitude: float | None | Unset
        if isinstance(_latitude_value, Unset):
            latitude = UNSET
        else:
            latitude = _latitude_value

        _longitude_value = UNSET if self.longitude is None and "longitude" not in self._sent_nulls else self.longitude

        longitude: float | None | Unset
        if isinstance(_longitude_value, Unset):
            longitude = UNSET
        else:
            longitude = _longitude_value

        _connector_type_value = (
            UNSET if self.connector_type is None and "connector_type" not in self._sent_nulls else self.connector_type
        )

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_connector_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connector_type = _parse_connector_type(d.pop("connectorType", UNSET))

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

        signal_body_charge_limit_condition.additional_properties = d
        return signal_body_charge_limit_condition

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
