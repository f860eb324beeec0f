from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_resource_type import WebhookResourceType
from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if "type" in self._deviations:
            type_ = self.type_
        else:
            type_ = self.type_.value

        if "attributes" in self._deviations:
            attributes = self.attributes
        else:
            attributes = self.attributes.to_dict()

        if "links" in self._deviations:
            links = self.links
        else:
            links = self.links.to_dict()

        if "meta" in self._deviations:
            meta = self.meta
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timestamps_meta import TimestampsMeta  # noqa: PLC0415
        from ..models.webhook_attributes import WebhookAttributes  # noqa: PLC0415
        from ..models.webhook_resource_links import WebhookResourceLinks  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _id_sent = d.pop("id", UNSET)
        id = read_member(
            _issues,
            "id",
            _id_sent,
            (str,),
            None,
            True,
        )

        _type__sent = d.pop("type", UNSET)
        try:
            type_ = WebhookResourceType(_type__sent)

        except LENIENT_ERRORS:
            type_ = _type__sent
        type_ = read_member(
            _issues,
            "type",
            type_,
            (WebhookResourceType,),
            None,
            True,
        )

        _attributes_sent = d.pop("attributes", UNSET)
        try:
            attributes = WebhookAttributes.from_dict(_attributes_sent)

        except LENIENT_ERRORS:
            attributes = _attributes_sent
        attributes = read_member(
            _issues,
            "attributes",
            attributes,
            (WebhookAttributes,),
            None,
            True,
        )

        _links_sent = d.pop("links", UNSET)
        try:
            links = WebhookResourceLinks.from_dict(_links_sent)

        except LENIENT_ERRORS:
            links = _links_sent
        links = read_member(
            _issues,
            "links",
            links,
            (WebhookResourceLinks,),
            None,
            True,
        )

        _meta_sent = d.pop("meta", UNSET)
        try:
            meta = TimestampsMeta.from_dict(_meta_sent)

        except LENIENT_ERRORS:
            meta = _meta_sent
        meta = read_member(
            _issues,
            "meta",
            meta,
            (TimestampsMeta,),
            None,
            True,
        )

        webhook_resource = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            links=links,
            meta=meta,
        )

        webhook_resource._deviations = _issues

        webhook_resource.additional_properties = d
        return webhook_resource

    @property
    def spec_deviations(self) -> dict[str, str]:
        """Where the body departs from the spec, by JSON path (``attributes.status``,
        ``doors[2]``), including the models inside this one: a required member absent (its
        attribute is None), a value of another type (kept as sent), an unknown enum value (kept
        as its string), an odd list item (kept in the list). Empty for a body that fits the spec."""
        return self._deviations

    @property
    def missing_fields(self) -> list[str]:
        """JSON paths of the members the spec requires that the body lacked (read as None)."""
        return [path for path, what in self._deviations.items() if what == MISSING]

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
