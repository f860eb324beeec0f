from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship import Relationship


T = TypeVar("T", bound="WebhookSubscriptionRelationships")


@_attrs_define
class WebhookSubscriptionRelationships:
    """
    Attributes:
        webhook (Relationship | None):
        user (Relationship | None):
        vehicle (Relationship | None):
    """

    webhook: Relationship | None = None
    user: Relationship | None = None
    vehicle: Relationship | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _webhook_value = UNSET if self.webhook is None else self.webhook

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(_webhook_value, Unset):
            webhook = _webhook_value.to_dict()

        _user_value = UNSET if self.user is None else self.user

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(_user_value, Unset):
            user = _user_value.to_dict()

        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(_vehicle_value, Unset):
            vehicle = _vehicle_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if user is not UNSET:
            field_dict["user"] = user
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relationship import Relationship  # noqa: PLC0415

        d = dict(src_dict)
        _webhook = d.pop("webhook", UNSET)
        webhook: Relationship | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = Relationship.from_dict(_webhook)

        _user = d.pop("user", UNSET)
        user: Relationship | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = Relationship.from_dict(_user)

        _vehicle = d.pop("vehicle", UNSET)
        vehicle: Relationship | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = Relationship.from_dict(_vehicle)

        webhook_subscription_relationships = cls(
            webhook=None if isinstance(webhook, Unset) else webhook,
            user=None if isinstance(user, Unset) else user,
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
        )

        webhook_subscription_relationships.additional_properties = d
        return webhook_subscription_relationships

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
