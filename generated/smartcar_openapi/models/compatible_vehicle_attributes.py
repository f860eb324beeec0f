from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.compatible_vehicle_attributes_years import CompatibleVehicleAttributesYears
    from ..models.compatible_vehicle_capability import CompatibleVehicleCapability


T = TypeVar("T", bound="CompatibleVehicleAttributes")


@_attrs_define
class CompatibleVehicleAttributes:
    """
    Attributes:
        make (str | None):
        model (str | None):
        years (CompatibleVehicleAttributesYears | None):
        capabilities (list[CompatibleVehicleCapability] | None):
    """

    make: str | None = None
    model: str | None = None
    years: CompatibleVehicleAttributesYears | None = None
    capabilities: list[CompatibleVehicleCapability] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.compatible_vehicle_capability import CompatibleVehicleCapability  # noqa: PLC0415

        _make_value = UNSET if self.make is None else self.make

        make = _make_value

        _model_value = UNSET if self.model is None else self.model

        model = _model_value

        _years_value = UNSET if self.years is None else self.years

        if "years" in self._deviations:
            years = _years_value
        else:
            years: dict[str, Any] | Unset = UNSET
            if not isinstance(_years_value, Unset):
                years = _years_value.to_dict()

        _capabilities_value = UNSET if self.capabilities is None else self.capabilities

        if "capabilities" in self._deviations:
            capabilities = _capabilities_value
        else:
            capabilities: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_capabilities_value, Unset):
                capabilities = []
                for capabilities_item_data in _capabilities_value:
                    if not isinstance(capabilities_item_data, CompatibleVehicleCapability):
                        capabilities.append(capabilities_item_data)
                        continue
                    capabilities_item = capabilities_item_data.to_dict()
                    capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if years is not UNSET:
            field_dict["years"] = years
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compatible_vehicle_attributes_years import CompatibleVehicleAttributesYears  # noqa: PLC0415
        from ..models.compatible_vehicle_capability import CompatibleVehicleCapability  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _make_sent = d.pop("make", UNSET)
        make = read_member(
            _issues,
            "make",
            _make_sent,
            (str,),
            None,
            False,
        )

        _model_sent = d.pop("model", UNSET)
        model = read_member(
            _issues,
            "model",
            _model_sent,
            (str,),
            None,
            False,
        )

        _years_sent = d.pop("years", UNSET)
        try:
            _years = _years_sent
            years: CompatibleVehicleAttributesYears | Unset
            if isinstance(_years, Unset):
                years = UNSET
            else:
                years = CompatibleVehicleAttributesYears.from_dict(_years)

        except LENIENT_ERRORS:
            years = _years_sent
        years = read_member(
            _issues,
            "years",
            years,
            (CompatibleVehicleAttributesYears,),
            None,
            False,
        )

        _capabilities_sent = d.pop("capabilities", UNSET)
        try:
            _capabilities = _capabilities_sent
            capabilities: list[CompatibleVehicleCapability] | Unset = UNSET
            if _capabilities is not UNSET:
                if not isinstance(_capabilities, list):
                    raise TypeError(f"expected a list, got {type(_capabilities).__name__}")
                capabilities = []
                for capabilities_item_data in _capabilities:
                    try:
                        capabilities_item = CompatibleVehicleCapability.from_dict(capabilities_item_data)

                    except LENIENT_ERRORS:
                        capabilities_item = capabilities_item_data
                    capabilities.append(capabilities_item)

        except LENIENT_ERRORS:
            capabilities = _capabilities_sent
        capabilities = read_member(
            _issues,
            "capabilities",
            capabilities,
            (list,),
            (CompatibleVehicleCapability,),
            False,
        )

        compatible_vehicle_attributes = cls(
            make=None if isinstance(make, Unset) else make,
            model=None if isinstance(model, Unset) else model,
            years=None if isinstance(years, Unset) else years,
            capabilities=None if isinstance(capabilities, Unset) else capabilities,
        )

        compatible_vehicle_attributes._deviations = _issues

        compatible_vehicle_attributes.additional_properties = d
        return compatible_vehicle_attributes

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
