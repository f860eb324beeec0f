from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, read_member

if TYPE_CHECKING:
    from ..models.compatibility_matrix_entry import CompatibilityMatrixEntry


T = TypeVar("T", bound="CompatibilityMatrix")


@_attrs_define
class CompatibilityMatrix:
    """Compatible models keyed by upper-case make, for example `TESLA`."""

    additional_properties: dict[str, list[CompatibilityMatrixEntry]] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.compatibility_matrix_entry import CompatibilityMatrixEntry  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                if not isinstance(additional_property_item_data, CompatibilityMatrixEntry):
                    field_dict[prop_name].append(additional_property_item_data)
                    continue
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compatibility_matrix_entry import CompatibilityMatrixEntry  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        compatibility_matrix = cls()

        compatibility_matrix._deviations = _issues

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            try:
                additional_property = []
                _additional_property = prop_dict
                if not isinstance(_additional_property, list):
                    # A string or an object is iterable too, but not a list: kept as sent by the caller.
                    raise TypeError(f"expected a list, got {type(_additional_property).__name__}")
                for additional_property_item_data in _additional_property:
                    try:
                        additional_property_item = CompatibilityMatrixEntry.from_dict(additional_property_item_data)

                    except LENIENT_ERRORS:
                        additional_property_item = additional_property_item_data
                    additional_property.append(additional_property_item)

            except LENIENT_ERRORS:
                additional_property = prop_dict
            additional_properties[prop_name] = read_member(
                _issues,
                prop_name,
                additional_property,
                (list,),
                (CompatibilityMatrixEntry,),
                False,
            )

        compatibility_matrix.additional_properties = additional_properties
        return compatibility_matrix

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

    def __getitem__(self, key: str) -> list[CompatibilityMatrixEntry]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[CompatibilityMatrixEntry]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
