from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capability_reason import CapabilityReason
from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        permission = self.permission

        endpoint = self.endpoint

        capable = self.capable

        if "reason" in self._deviations:
            reason = self.reason
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _permission_sent = d.pop("permission", UNSET)
        permission = read_member(
            _issues,
            "permission",
            _permission_sent,
            (str,),
            None,
            True,
        )

        _endpoint_sent = d.pop("endpoint", UNSET)
        endpoint = read_member(
            _issues,
            "endpoint",
            _endpoint_sent,
            (str,),
            None,
            True,
        )

        _capable_sent = d.pop("capable", UNSET)
        capable = read_member(
            _issues,
            "capable",
            _capable_sent,
            (bool,),
            None,
            True,
        )

        _reason_sent = d.pop("reason", UNSET)
        try:

            def _parse_reason(data: object) -> CapabilityReason | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    reason_type_0 = CapabilityReason(data)

                    if not getattr(reason_type_0, "_deviations", None):
                        return reason_type_0
                    _candidates.append(reason_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(CapabilityReason | None, data)

            reason = _parse_reason(_reason_sent)

        except LENIENT_ERRORS:
            reason = _reason_sent
        reason = read_member(
            _issues,
            "reason",
            reason,
            (
                CapabilityReason,
                None,
            ),
            None,
            True,
        )

        capability = cls(
            permission=permission,
            endpoint=endpoint,
            capable=capable,
            reason=reason,
        )

        capability._deviations = _issues

        capability.additional_properties = d
        return capability

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
