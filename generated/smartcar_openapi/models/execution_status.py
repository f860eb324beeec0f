from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_error import SignalError


T = TypeVar("T", bound="ExecutionStatus")


@_attrs_define
class ExecutionStatus:
    """
    Attributes:
        value (str): Open string; `SUCCESS` is the documented value.
        error (SignalError | None): Why the signal could not be read (with an ERROR status).
    """

    value: str
    error: SignalError | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        _error_value = UNSET if self.error is None else self.error

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_error import SignalError  # noqa: PLC0415

        d = dict(src_dict)
        value = d.pop("value")

        _error = d.pop("error", UNSET)
        error: SignalError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = SignalError.from_dict(_error)

        execution_status = cls(
            value=value,
            error=None if isinstance(error, Unset) else error,
        )

        execution_status.additional_properties = d
        return execution_status

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
