from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.vehicle_v3 import VehicleV3


T = TypeVar("T", bound="SignalIncluded")


@_attrs_define
class SignalIncluded:
    """Resources a signal document includes.

    Attributes:
        vehicle (VehicleV3 | None): The JSON:API vehicle resource (also `included.vehicle` of signal documents).
    """

    vehicle: VehicleV3 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
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
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_v3 import VehicleV3  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _vehicle_sent = d.pop("vehicle", UNSET)
        try:
            _vehicle = _vehicle_sent
            vehicle: VehicleV3 | Unset
            if isinstance(_vehicle, Unset):
                vehicle = UNSET
            else:
                vehicle = VehicleV3.from_dict(_vehicle)

        except LENIENT_ERRORS:
            vehicle = _vehicle_sent
        vehicle = read_member(
            _issues,
            "vehicle",
            vehicle,
            (VehicleV3,),
            None,
            False,
        )

        signal_included = cls(
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
        )

        signal_included._deviations = _issues

        signal_included.additional_properties = d
        return signal_included

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
