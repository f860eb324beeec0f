from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capacity_source import CapacitySource
from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

T = TypeVar("T", bound="NominalCapacityValue")


@_attrs_define
class NominalCapacityValue:
    """
    Attributes:
        nominal (float): Nominal capacity in kWh.
        source (CapacitySource): Where the nominal capacity comes from.
    """

    nominal: float
    source: CapacitySource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        nominal = self.nominal

        if "source" in self._deviations:
            source = self.source
        else:
            source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nominal": nominal,
                "source": source,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _nominal_sent = d.pop("nominal", UNSET)
        nominal = read_member(
            _issues,
            "nominal",
            _nominal_sent,
            (float,),
            None,
            True,
        )

        _source_sent = d.pop("source", UNSET)
        try:
            source = CapacitySource(_source_sent)

        except LENIENT_ERRORS:
            source = _source_sent
        source = read_member(
            _issues,
            "source",
            source,
            (CapacitySource,),
            None,
            True,
        )

        nominal_capacity_value = cls(
            nominal=nominal,
            source=source,
        )

        nominal_capacity_value._deviations = _issues

        nominal_capacity_value.additional_properties = d
        return nominal_capacity_value

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
