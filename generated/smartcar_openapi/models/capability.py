from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_reason import CapabilityReason

T = TypeVar("T", bound="Capability")


@_attrs_define
class Capability:
    """
    Attributes:
        permission (str): Permission, for example `read_odometer`.
        endpoint (str): Endpoint path, for example `/odometer`.
        capable (bool): Whether the vehicle supports it.
        reason (CapabilityReason | None): Why not, or null.
    """

    permission: str
    endpoint: str
    capable: bool
    reason: CapabilityReason | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        permission = self.permission

        endpoint = self.endpoint

        capable = self.capable

        reason: None | str
        if isinstance(self.reason, CapabilityReason):
            reason = self.reason.value
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "permission": permission,
                "endpoint": endpoint,
                "capable": capable,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        permission = d.pop("permission")

        endpoint = d.pop("endpoint")

        capable = d.pop("capable")

        def _parse_reason(data: object) -> CapabilityReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = CapabilityReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapabilityReason | None, data)

        reason = _parse_reason(d.pop("reason"))

        capability = cls(
            permission=permission,
            endpoint=endpoint,
            capable=capable,
            reason=reason,
        )

        capability.additional_properties = d
        return capability

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
