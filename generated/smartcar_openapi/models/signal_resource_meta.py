from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalResourceMeta")


@_attrs_define
class SignalResourceMeta:
    """A signal's times in API responses, ISO-8601 strings; any of them may be absent (often only `ingestedAt` is sent).
    Webhook deliveries send the same names as epoch milliseconds (`SignalMeta`).

        Attributes:
            ingested_at (datetime.datetime | None): When Smartcar stored the value.
            retrieved_at (datetime.datetime | None): When Smartcar retrieved the value from the vehicle.
            oem_updated_at (datetime.datetime | None): When the manufacturer last updated the value.
    """

    ingested_at: datetime.datetime | None = None
    retrieved_at: datetime.datetime | None = None
    oem_updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _ingested_at_value = UNSET if self.ingested_at is None else self.ingested_at

        ingested_at: str | Unset = UNSET
        if not isinstance(_ingested_at_value, Unset):
            ingested_at = _ingested_at_value.isoformat()

        _retrieved_at_value = UNSET if self.retrieved_at is None else self.retrieved_at

        retrieved_at: str | Unset = UNSET
        if not isinstance(_retrieved_at_value, Unset):
            retrieved_at = _retrieved_at_value.isoformat()

        _oem_updated_at_value = UNSET if self.oem_updated_at is None else self.oem_updated_at

        oem_updated_at: str | Unset = UNSET
        if not isinstance(_oem_updated_at_value, Unset):
            oem_updated_at = _oem_updated_at_value.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingested_at is not UNSET:
            field_dict["ingestedAt"] = ingested_at
        if retrieved_at is not UNSET:
            field_dict["retrievedAt"] = retrieved_at
        if oem_updated_at is not UNSET:
            field_dict["oemUpdatedAt"] = oem_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ingested_at = d.pop("ingestedAt", UNSET)
        ingested_at: datetime.datetime | Unset
        if isinstance(_ingested_at, Unset):
            ingested_at = UNSET
        else:
            ingested_at = datetime.datetime.fromisoformat(_ingested_at)

        _retrieved_at = d.pop("retrievedAt", UNSET)
        retrieved_at: datetime.datetime | Unset
        if isinstance(_retrieved_at, Unset):
            retrieved_at = UNSET
        else:
            retrieved_at = datetime.datetime.fromisoformat(_retrieved_at)

        _oem_updated_at = d.pop("oemUpdatedAt", UNSET)
        oem_updated_at: datetime.datetime | Unset
        if isinstance(_oem_updated_at, Unset):
            oem_updated_at = UNSET
        else:
            oem_updated_at = datetime.datetime.fromisoformat(_oem_updated_at)

        signal_resource_meta = cls(
            ingested_at=None if isinstance(ingested_at, Unset) else ingested_at,
            retrieved_at=None if isinstance(retrieved_at, Unset) else retrieved_at,
            oem_updated_at=None if isinstance(oem_updated_at, Unset) else oem_updated_at,
        )

        signal_resource_meta.additional_properties = d
        return signal_resource_meta

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
