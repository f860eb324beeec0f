from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

if TYPE_CHECKING:
    from ..models.diagnostic_trouble_code import DiagnosticTroubleCode


T = TypeVar("T", bound="DiagnosticTroubleCodes")


@_attrs_define
class DiagnosticTroubleCodes:
    """Active diagnostic trouble codes (`active_codes`: `code`, `timestamp`).

    Attributes:
        active_codes (list[DiagnosticTroubleCode]):
    """

    active_codes: list[DiagnosticTroubleCode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.diagnostic_trouble_code import DiagnosticTroubleCode  # noqa: PLC0415

        if "activeCodes" in self._deviations:
            active_codes = self.active_codes
        else:
            active_codes = []
            for active_codes_item_data in self.active_codes:
                if not isinstance(active_codes_item_data, DiagnosticTroubleCode):
                    active_codes.append(active_codes_item_data)
                    continue
                active_codes_item = active_codes_item_data.to_dict()
                active_codes.append(active_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeCodes": active_codes,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnostic_trouble_code import DiagnosticTroubleCode  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _active_codes_sent = d.pop("activeCodes", UNSET)
        try:
            active_codes = []
            _active_codes = _active_codes_sent
            if not isinstance(_active_codes, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_active_codes).__name__}")
            for active_codes_item_data in _active_codes:
                try:
                    active_codes_item = DiagnosticTroubleCode.from_dict(active_codes_item_data)

                except LENIENT_ERRORS:
                    active_codes_item = active_codes_item_data
                active_codes.append(active_codes_item)

        except LENIENT_ERRORS:
            active_codes = _active_codes_sent
        active_codes = read_member(
            _issues,
            "activeCodes",
            active_codes,
            (list,),
            (DiagnosticTroubleCode,),
            True,
        )

        diagnostic_trouble_codes = cls(
            active_codes=active_codes,
        )

        diagnostic_trouble_codes._deviations = _issues

        diagnostic_trouble_codes.additional_properties = d
        return diagnostic_trouble_codes

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
