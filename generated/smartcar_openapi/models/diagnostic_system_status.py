from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.diagnostic_system import DiagnosticSystem


T = TypeVar("T", bound="DiagnosticSystemStatus")


@_attrs_define
class DiagnosticSystemStatus:
    """
    Attributes:
        systems (list[DiagnosticSystem]):
    """

    systems: list[DiagnosticSystem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        systems = []
        for systems_item_data in self.systems:
            systems_item = systems_item_data.to_dict()
            systems.append(systems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systems": systems,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnostic_system import DiagnosticSystem  # noqa: PLC0415

        d = dict(src_dict)
        systems = []
        _systems = d.pop("systems")
        for systems_item_data in _systems:
            systems_item = DiagnosticSystem.from_dict(systems_item_data)

            systems.append(systems_item)

        diagnostic_system_status = cls(
            systems=systems,
        )

        diagnostic_system_status.additional_properties = d
        return diagnostic_system_status

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
