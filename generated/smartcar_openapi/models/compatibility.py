from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compatibility_reason import CompatibilityReason
from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.capability import Capability  # noqa: PLC0415

        compatible = self.compatible

        if "reason" in self._deviations:
            reason = self.reason
        else:
            reason: None | str
            if isinstance(self.reason, CompatibilityReason):
                reason = self.reason.value
            else:
                reason = self.reason

        _capabilities_value = UNSET if self.capabilities is None else self.capabilities

        if "capabilities" in self._deviations:
            capabilities = _capabilities_value
        else:
            capabilities: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_capabilities_value, Unset):
                capabilities = []
                for capabilities_item_data in _capabilities_value:
                    if not isinstance(capabilities_item_data, Capability):
                        capabilities.append(capabilities_item_data)
                        continue
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capability import Capability  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _compatible_sent = d.pop("compatible", UNSET)
        compatible = read_member(
            _issues,
            "compatible",
            _compatible_sent,
            (bool,),
            None,
            True,
        )

        _reason_sent = d.pop("reason", UNSET)
        try:

            def _parse_reason(data: object) -> CompatibilityReason | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reason_type_0 = CompatibilityReason(data)

                    if not getattr(reason_type_0, "_deviations", None):
                        return reason_type_0
                    _candidates.append(reason_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(CompatibilityReason | None, data)

            reason = _parse_reason(_reason_sent)

        except LENIENT_ERRORS:
            reason = _reason_sent
        reason = read_member(
            _issues,
            "reason",
            reason,
            (
                CompatibilityReason,
                None,
            ),
            None,
            True,
        )

        _capabilities_sent = d.pop("capabilities", UNSET)
        try:
            _capabilities = _capabilities_sent
            capabilities: list[Capability] | Unset = UNSET
            if _capabilities is not UNSET:
                if not isinstance(_capabilities, list):
                    raise TypeError(f"expected a list, got {type(_capabilities).__name__}")
                capabilities = []
                for capabilities_item_data in _capabilities:
                    try:
                        capabilities_item = Capability.from_dict(capabilities_item_data)

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
            (Capability,),
            False,
        )

        compatibility = cls(
            compatible=compatible,
            reason=reason,
            capabilities=None if isinstance(capabilities, Unset) else capabilities,
        )

        compatibility._deviations = _issues

        compatibility.additional_properties = d
        return compatibility

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
