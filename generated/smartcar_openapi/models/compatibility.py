from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compatibility_reason import CompatibilityReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capability import Capability


T = TypeVar("T", bound="Compatibility")


@_attrs_define
class Compatibility:
    """
    Attributes:
        compatible (bool): Whether the vehicle is compatible with the requested permissions.
        reason (CompatibilityReason | None): Why the vehicle is not compatible, or null.
        capabilities (list[Capability] | None): Per-permission capabilities (US VINs only; may be absent elsewhere).
    """

    compatible: bool
    reason: CompatibilityReason | None
    capabilities: list[Capability] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        compatible = self.compatible

        reason: None | str
        if isinstance(self.reason, CompatibilityReason):
            reason = self.reason.value
        else:
            reason = self.reason

        _capabilities_value = UNSET if self.capabilities is None else self.capabilities

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_capabilities_value, Unset):
            capabilities = []
            for capabilities_item_data in _capabilities_value:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "compatible": compatible,
                "reason": reason,
            }
        )
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capability import Capability  # noqa: PLC0415

        d = dict(src_dict)
        compatible = d.pop("compatible")

        def _parse_reason(data: object) -> CompatibilityReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = CompatibilityReason(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompatibilityReason | None, data)

        reason = _parse_reason(d.pop("reason"))

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[Capability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = Capability.from_dict(capabilities_item_data)

                capabilities.append(capabilities_item)

        compatibility = cls(
            compatible=compatible,
            reason=reason,
            capabilities=None if isinstance(capabilities, Unset) else capabilities,
        )

        compatibility.additional_properties = d
        return compatibility

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
