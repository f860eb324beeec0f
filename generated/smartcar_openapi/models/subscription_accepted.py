from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_accepted_meta import SubscriptionAcceptedMeta


T = TypeVar("T", bound="SubscriptionAccepted")


@_attrs_define
class SubscriptionAccepted:
    """
    Attributes:
        meta (SubscriptionAcceptedMeta):
    """

    meta: SubscriptionAcceptedMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_accepted_meta import SubscriptionAcceptedMeta  # noqa: PLC0415

        d = dict(src_dict)
        meta = SubscriptionAcceptedMeta.from_dict(d.pop("meta"))

        subscription_accepted = cls(
            meta=meta,
        )

        subscription_accepted.additional_properties = d
        return subscription_accepted

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
