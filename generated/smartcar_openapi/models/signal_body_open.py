from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignalBodyOpen")


@_attrs_define
class SignalBodyOpen:
    """Whether a closure (engine cover, sunroof) is open.

    Example:
        {'isOpen': False}

    Attributes:
        is_open (bool | None):
    """

    is_open: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_open: bool | None
        is_open = self.is_open

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isOpen": is_open,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_is_open(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_open = _parse_is_open(d.pop("isOpen"))

        signal_body_open = cls(
            is_open=is_open,
        )

        signal_body_open.additional_properties = d
        return signal_body_open

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
