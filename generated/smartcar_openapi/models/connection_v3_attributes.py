from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.vehicle_summary_v3 import VehicleSummaryV3


T = TypeVar("T", bound="ConnectionV3Attributes")


@_attrs_define
class ConnectionV3Attributes:
    """
    Attributes:
        permissions (list[str] | None):
        vehicle (VehicleSummaryV3 | None): The vehicle as it appears inside a connection or subscription. Make casing
            varies.
    """

    permissions: list[str] | None = None
    vehicle: VehicleSummaryV3 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _permissions_value = UNSET if self.permissions is None else self.permissions

        if "permissions" in self._deviations:
            permissions = _permissions_value
        else:
            permissions: list[str] | Unset = UNSET
            if not isinstance(_permissions_value, Unset):
                permissions = _permissions_value

        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        if "vehicle" in self._deviations:
            vehicle = _vehicle_value
        else:
            vehicle: dict[str, Any] | Unset = UNSET
            if not isinstance(_vehicle_value, Unset):
                vehicle = _vehicle_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_summary_v3 import VehicleSummaryV3  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _permissions_sent = d.pop("permissions", UNSET)
        try:
            permissions = cast(list[str], _permissions_sent)

        except LENIENT_ERRORS:
            permissions = _permissions_sent
        permissions = read_member(
            _issues,
            "permissions",
            permissions,
            (list,),
            (str,),
            False,
        )

        _vehicle_sent = d.pop("vehicle", UNSET)
        try:
            _vehicle = _vehicle_sent
            vehicle: VehicleSummaryV3 | Unset
            if isinstance(_vehicle, Unset):
                vehicle = UNSET
            else:
                vehicle = VehicleSummaryV3.from_dict(_vehicle)

        except LENIENT_ERRORS:
            vehicle = _vehicle_sent
        vehicle = read_member(
            _issues,
            "vehicle",
            vehicle,
            (VehicleSummaryV3,),
            None,
            False,
        )

        connection_v3_attributes = cls(
            permissions=None if isinstance(permissions, Unset) else permissions,
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
        )

        connection_v3_attributes._deviations = _issues

        connection_v3_attributes.additional_properties = d
        return connection_v3_attributes

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
