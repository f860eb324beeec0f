from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_subscription_resource_type import WebhookSubscriptionResourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timestamps_meta import TimestampsMeta
    from ..models.webhook_subscription_attributes import WebhookSubscriptionAttributes
    from ..models.webhook_subscription_relationships import WebhookSubscriptionRelationships
    from ..models.webhook_subscription_resource_links import WebhookSubscriptionResourceLinks


T = TypeVar("T", bound="WebhookSubscriptionResource")


@_attrs_define
class WebhookSubscriptionResource:
    """
    Attributes:
        type_ (WebhookSubscriptionResourceType):
        id (str):
        attributes (WebhookSubscriptionAttributes):
        meta (TimestampsMeta):
        relationships (WebhookSubscriptionRelationships):
        links (WebhookSubscriptionResourceLinks | None):
    """

    type_: WebhookSubscriptionResourceType
    id: str
    attributes: WebhookSubscriptionAttributes
    meta: TimestampsMeta
    relationships: WebhookSubscriptionRelationships
    links: WebhookSubscriptionResourceLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        attributes = self.attributes.to_dict()

        meta = self.meta.to_dict()

        relationships = self.relationships.to_dict()

        _links_value = UNSET if self.links is None else self.links

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = _links_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
                "meta": meta,
                "relationships": relationships,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamps_meta import TimestampsMeta  # noqa: PLC0415
        from ..models.webhook_subscription_attributes import WebhookSubscriptionAttributes  # noqa: PLC0415
        from ..models.webhook_subscription_relationships import WebhookSubscriptionRelationships  # noqa: PLC0415
        from ..models.webhook_subscription_resource_links import WebhookSubscriptionResourceLinks  # noqa: PLC0415

        d = dict(src_dict)
        type_ = WebhookSubscriptionResourceType(d.pop("type"))

        id = d.pop("id")

        attributes = WebhookSubscriptionAttributes.from_dict(d.pop("attributes"))

        meta = TimestampsMeta.from_dict(d.pop("meta"))

        relationships = WebhookSubscriptionRelationships.from_dict(d.pop("relationships"))

        _links = d.pop("links", UNSET)
        links: WebhookSubscriptionResourceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = WebhookSubscriptionResourceLinks.from_dict(_links)

        webhook_subscription_resource = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            meta=meta,
            relationships=relationships,
            links=None if isinstance(links, Unset) else links,
        )

        webhook_subscription_resource.additional_properties = d
        return webhook_subscription_resource

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

    @property
    def type(self) -> WebhookSubscriptionResourceType:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
