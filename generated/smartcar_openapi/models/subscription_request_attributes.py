from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscriptionRequestAttributes")


@_attrs_define
class SubscriptionRequestAttributes:
    """
    Attributes:
        webhook_id (str):
        user_id (str):
        vehicle_id (str):
    """

    webhook_id: str
    user_id: str
    vehicle_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        user_id = self.user_id

        vehicle_id = self.vehicle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookId": webhook_id,
                "userId": user_id,
                "vehicleId": vehicle_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        webhook_id = d.pop("webhookId")

        user_id = d.pop("userId")

        vehicle_id = d.pop("vehicleId")

        subscription_request_attributes = cls(
            webhook_id=webhook_id,
            user_id=user_id,
            vehicle_id=vehicle_id,
        )

        subscription_request_attributes.additional_properties = d
        return subscription_request_attributes

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
