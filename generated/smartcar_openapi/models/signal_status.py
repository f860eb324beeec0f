from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_status_value import SignalStatusValue
from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.signal_error import SignalError


T = TypeVar("T", bound="SignalStatus")


@_attrs_define
class SignalStatus:
    """Whether the signal could be read. The whole member may be absent.

    Attributes:
        value (SignalStatusValue): Whether the signal could be read.
        error (SignalError | None): Why the signal could not be read (with an ERROR status).
    """

    value: SignalStatusValue
    error: SignalError | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "value" in self._deviations:
            value = self.value
        else:
            value = self.value.value

        _error_value = UNSET if self.error is None else self.error

        if "error" in self._deviations:
            error = _error_value
        else:
            error: dict[str, Any] | Unset = UNSET
            if not isinstance(_error_value, Unset):
                error = _error_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_error import SignalError  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _value_sent = d.pop("value", UNSET)
        try:
            value = SignalStatusValue(_value_sent)

        except LENIENT_ERRORS:
            value = _value_sent
        value = read_member(
            _issues,
            "value",
            value,
            (SignalStatusValue,),
            None,
            True,
        )

        _error_sent = d.pop("error", UNSET)
        try:
            _error = _error_sent
            error: SignalError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = SignalError.from_dict(_error)

        except LENIENT_ERRORS:
            error = _error_sent
        error = read_member(
            _issues,
            "error",
            error,
            (SignalError,),
            None,
            False,
        )

        signal_status = cls(
            value=value,
            error=None if isinstance(error, Unset) else error,
        )

        signal_status._deviations = _issues

        signal_status.additional_properties = d
        return signal_status

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
