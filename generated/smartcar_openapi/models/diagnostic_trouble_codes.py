from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.diagnostic_trouble_code import DiagnosticTroubleCode


T = TypeVar("T", bound="DiagnosticTroubleCodes")


@_attrs_define
class DiagnosticTroubleCodes:
    """
    Attributes:
        active_codes (list[DiagnosticTroubleCode]):
    """

    active_codes: list[DiagnosticTroubleCode]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_codes = []
        for active_codes_item_data in self.active_codes:
            active_codes_item = active_codes_item_data.to_dict()
            active_codes.append(active_codes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activeCodes": active_codes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnostic_trouble_code import DiagnosticTroubleCode  # noqa: PLC0415

        d = dict(src_dict)
        active_codes = []
        _active_codes = d.pop("activeCodes")
        for active_codes_item_data in _active_codes:
            active_codes_item = DiagnosticTroubleCode.from_dict(active_codes_item_data)

            active_codes.append(active_codes_item)

        diagnostic_trouble_codes = cls(
            active_codes=active_codes,
        )

        diagnostic_trouble_codes.additional_properties = d
        return diagnostic_trouble_codes

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
