from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookV4Meta")


@_attrs_define
class WebhookV4Meta:
    """
    Attributes:
        version (str | Unset): `4.0`.
        webhook_id (str | Unset):
        webhook_name (str | Unset):
        delivery_id (str | Unset): Changes on every delivery attempt.
        delivered_at (int | str | Unset): Delivery time, epoch milliseconds (some pages show an ISO 8601 string).
        mode (str | Unset): For example `LIVE`.
        signal_count (int | Unset):
    """

    version: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
    webhook_name: str | Unset = UNSET
    delivery_id: str | Unset = UNSET
    delivered_at: int | str | Unset = UNSET
    mode: str | Unset = UNSET
    signal_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        webhook_id = self.webhook_id

        webhook_name = self.webhook_name

        delivery_id = self.delivery_id

        delivered_at: int | str | Unset
        if isinstance(self.delivered_at, Unset):
            delivered_at = UNSET
        else:
            delivered_at = self.delivered_at

        mode = self.mode

        signal_count = self.signal_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if webhook_name is not UNSET:
            field_dict["webhookName"] = webhook_name
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if mode is not UNSET:
            field_dict["mode"] = mode
        if signal_count is not UNSET:
            field_dict["signalCount"] = signal_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        webhook_id = d.pop("webhookId", UNSET)

        webhook_name = d.pop("webhookName", UNSET)

        delivery_id = d.pop("deliveryId", UNSET)

        def _parse_delivered_at(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        delivered_at = _parse_delivered_at(d.pop("deliveredAt", UNSET))

        mode = d.pop("mode", UNSET)

        signal_count = d.pop("signalCount", UNSET)

        webhook_v4_meta = cls(
            version=version,
            webhook_id=webhook_id,
            webhook_name=webhook_name,
            delivery_id=delivery_id,
            delivered_at=delivered_at,
            mode=mode,
            signal_count=signal_count,
        )

        webhook_v4_meta.additional_properties = d
        return webhook_v4_meta

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
