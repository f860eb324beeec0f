from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connection_v3_attributes import ConnectionV3Attributes
    from ..models.connection_v3_links import ConnectionV3Links
    from ..models.connection_v3_relationships import ConnectionV3Relationships
    from ..models.timestamps_meta import TimestampsMeta


T = TypeVar("T", bound="ConnectionV3")


@_attrs_define
class ConnectionV3:
    """A user/vehicle connection (`type: connection`).

    Attributes:
        id (str):
        type_ (str):
        attributes (ConnectionV3Attributes | None):
        relationships (ConnectionV3Relationships | None):
        meta (TimestampsMeta | None):
        links (ConnectionV3Links | None):
    """

    id: str
    type_: str
    attributes: ConnectionV3Attributes | None = None
    relationships: ConnectionV3Relationships | None = None
    meta: TimestampsMeta | None = None
    links: ConnectionV3Links | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        _attributes_value = UNSET if self.attributes is None else self.attributes

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(_attributes_value, Unset):
            attributes = _attributes_value.to_dict()

        _relationships_value = UNSET if self.relationships is None else self.relationships

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(_relationships_value, Unset):
            relationships = _relationships_value.to_dict()

        _meta_value = UNSET if self.meta is None else self.meta

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()

        _links_value = UNSET if self.links is None else self.links

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = _links_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_v3_attributes import ConnectionV3Attributes  # noqa: PLC0415
        from ..models.connection_v3_links import ConnectionV3Links  # noqa: PLC0415
        from ..models.connection_v3_relationships import ConnectionV3Relationships  # noqa: PLC0415
        from ..models.timestamps_meta import TimestampsMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        _attributes = d.pop("attributes", UNSET)
        attributes: ConnectionV3Attributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ConnectionV3Attributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: ConnectionV3Relationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ConnectionV3Relationships.from_dict(_relationships)

        _meta = d.pop("meta", UNSET)
        meta: TimestampsMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = TimestampsMeta.from_dict(_meta)

        _links = d.pop("links", UNSET)
        links: ConnectionV3Links | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ConnectionV3Links.from_dict(_links)

        connection_v3 = cls(
            id=id,
            type_=type_,
            attributes=None if isinstance(attributes, Unset) else attributes,
            relationships=None if isinstance(relationships, Unset) else relationships,
            meta=None if isinstance(meta, Unset) else meta,
            links=None if isinstance(links, Unset) else links,
        )

        connection_v3.additional_properties = d
        return connection_v3

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
    def type(self) -> str:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
