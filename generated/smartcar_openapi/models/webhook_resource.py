from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_resource_type import WebhookResourceType

if TYPE_CHECKING:
    from ..models.timestamps_meta import TimestampsMeta
    from ..models.webhook_attributes import WebhookAttributes
    from ..models.webhook_resource_links import WebhookResourceLinks


T = TypeVar("T", bound="WebhookResource")


@_attrs_define
class WebhookResource:
    """
    Attributes:
        id (str): The webhook's id, a UUID (kept as the string sent).
        type_ (WebhookResourceType):
        attributes (WebhookAttributes):
        links (WebhookResourceLinks): Related resource links for this webhook.
        meta (TimestampsMeta):
    """

    id: str
    type_: WebhookResourceType
    attributes: WebhookAttributes
    links: WebhookResourceLinks
    meta: TimestampsMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        attributes = self.attributes.to_dict()

        links = self.links.to_dict()

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
                "links": links,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamps_meta import TimestampsMeta  # noqa: PLC0415
        from ..models.webhook_attributes import WebhookAttributes  # noqa: PLC0415
        from ..models.webhook_resource_links import WebhookResourceLinks  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = WebhookResourceType(d.pop("type"))

        attributes = WebhookAttributes.from_dict(d.pop("attributes"))

        links = WebhookResourceLinks.from_dict(d.pop("links"))

        meta = TimestampsMeta.from_dict(d.pop("meta"))

        webhook_resource = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            links=links,
            meta=meta,
        )

        webhook_resource.additional_properties = d
        return webhook_resource

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
    def type(self) -> WebhookResourceType:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
