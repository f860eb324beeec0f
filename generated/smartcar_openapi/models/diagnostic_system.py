from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_status import DiagnosticStatus

T = TypeVar("T", bound="DiagnosticSystem")


@_attrs_define
class DiagnosticSystem:
    """
    Attributes:
        system_id (str): System id, for example `SYSTEM_ENGINE`, `SYSTEM_TPMS`.
        status (DiagnosticStatus): Status of a vehicle system.
        description (None | str): Details of an alert.
    """

    system_id: str
    status: DiagnosticStatus
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        system_id = self.system_id

        status = self.status.value

        description: None | str
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemId": system_id,
                "status": status,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        system_id = d.pop("systemId")

        status = DiagnosticStatus(d.pop("status"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        diagnostic_system = cls(
            system_id=system_id,
            status=status,
            description=description,
        )

        diagnostic_system.additional_properties = d
        return diagnostic_system

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
