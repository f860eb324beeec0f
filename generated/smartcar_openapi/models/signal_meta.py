from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalMeta")


@_attrs_define
class SignalMeta:
    """
    Attributes:
        retrieved_at (int | Unset): When Smartcar retrieved the value, epoch milliseconds.
        oem_updated_at (int | Unset): When the OEM last updated the value, epoch milliseconds.
        fetched_at (int | Unset): Alternative name for `retrievedAt` seen on some pages, epoch milliseconds.
    """

    retrieved_at: int | Unset = UNSET
    oem_updated_at: int | Unset = UNSET
    fetched_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        retrieved_at = self.retrieved_at

        oem_updated_at = self.oem_updated_at

        fetched_at = self.fetched_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retrieved_at is not UNSET:
            field_dict["retrievedAt"] = retrieved_at
        if oem_updated_at is not UNSET:
            field_dict["oemUpdatedAt"] = oem_updated_at
        if fetched_at is not UNSET:
            field_dict["fetchedAt"] = fetched_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        retrieved_at = d.pop("retrievedAt", UNSET)

        oem_updated_at = d.pop("oemUpdatedAt", UNSET)

        fetched_at = d.pop("fetchedAt", UNSET)

        signal_meta = cls(
            retrieved_at=retrieved_at,
            oem_updated_at=oem_updated_at,
            fetched_at=fetched_at,
        )

        signal_meta.additional_properties = d
        return signal_meta

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
