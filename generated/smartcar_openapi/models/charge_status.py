from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_state import ChargeState
from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

T = TypeVar("T", bound="ChargeStatus")


@_attrs_define
class ChargeStatus:
    """Charging status: `is_plugged_in` and `state` (CHARGING, FULLY_CHARGED, ...).

    Attributes:
        is_plugged_in (bool): Whether a charger is plugged in.
        state (ChargeState): Charging state.
    """

    is_plugged_in: bool
    state: ChargeState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        is_plugged_in = self.is_plugged_in

        if "state" in self._deviations:
            state = self.state
        else:
            state = self.state.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isPluggedIn": is_plugged_in,
                "state": state,
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
        _is_plugged_in_sent = d.pop("isPluggedIn", UNSET)
        is_plugged_in = read_member(
            _issues,
            "isPluggedIn",
            _is_plugged_in_sent,
            (bool,),
            None,
            True,
        )

        _state_sent = d.pop("state", UNSET)
        try:
            state = ChargeState(_state_sent)

        except LENIENT_ERRORS:
            state = _state_sent
        state = read_member(
            _issues,
            "state",
            state,
            (ChargeState,),
            None,
            True,
        )

        charge_status = cls(
            is_plugged_in=is_plugged_in,
            state=state,
        )

        charge_status._deviations = _issues

        charge_status.additional_properties = d
        return charge_status

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
