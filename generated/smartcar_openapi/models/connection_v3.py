from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        _attributes_value = UNSET if self.attributes is None else self.attributes

        if "attributes" in self._deviations:
            attributes = _attributes_value
        else:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(_attributes_value, Unset):
                attributes = _attributes_value.to_dict()

        _relationships_value = UNSET if self.relationships is None else self.relationships

        if "relationships" in self._deviations:
            relationships = _relationships_value
        else:
            relationships: dict[str, Any] | Unset = UNSET
            if not isinstance(_relationships_value, Unset):
                relationships = _relationships_value.to_dict()

        _meta_value = UNSET if self.meta is None else self.meta

        if "meta" in self._deviations:
            meta = _meta_value
        else:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(_meta_value, Unset):
                meta = _meta_value.to_dict()

        _links_value = UNSET if self.links is None else self.links

        if "links" in self._deviations:
            links = _links_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection_v3_attributes import ConnectionV3Attributes  # noqa: PLC0415
        from ..models.connection_v3_links import ConnectionV3Links  # noqa: PLC0415
        from ..models.connection_v3_relationships import ConnectionV3Relationships  # noqa: PLC0415
        from ..models.timestamps_meta import TimestampsMeta  # noqa: PLC0415

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
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
            None,
            True,
        )

        _attributes_sent = d.pop("attributes", UNSET)
        try:
            _attributes = _attributes_sent
            attributes: ConnectionV3Attributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = ConnectionV3Attributes.from_dict(_attributes)

        except LENIENT_ERRORS:
            attributes = _attributes_sent
        attributes = read_member(
            _issues,
            "attributes",
            attributes,
            (ConnectionV3Attributes,),
            None,
            False,
        )

        _relationships_sent = d.pop("relationships", UNSET)
        try:
            _relationships = _relationships_sent
            relationships: ConnectionV3Relationships | Unset
            if isinstance(_relationships, Unset):
                relationships = UNSET
            else:
                relationships = ConnectionV3Relationships.from_dict(_relationships)

        except LENIENT_ERRORS:
            relationships = _relationships_sent
        relationships = read_member(
            _issues,
            "relationships",
            relationships,
            (ConnectionV3Relationships,),
            None,
            False,
        )

        _meta_sent = d.pop("meta", UNSET)
        try:
            _meta = _meta_sent
            meta: TimestampsMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = TimestampsMeta.from_dict(_meta)

        except LENIENT_ERRORS:
            meta = _meta_sent
        meta = read_member(
            _issues,
            "meta",
            meta,
            (TimestampsMeta,),
            None,
            False,
        )

        _links_sent = d.pop("links", UNSET)
        try:
            _links = _links_sent
            links: ConnectionV3Links | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = ConnectionV3Links.from_dict(_links)

        except LENIENT_ERRORS:
            links = _links_sent
        links = read_member(
            _issues,
            "links",
            links,
            (ConnectionV3Links,),
            None,
            False,
        )

        connection_v3 = cls(
            id=id,
            type_=type_,
            attributes=None if isinstance(attributes, Unset) else attributes,
            relationships=None if isinstance(relationships, Unset) else relationships,
            meta=None if isinstance(meta, Unset) else meta,
            links=None if isinstance(links, Unset) else links,
        )

        connection_v3._deviations = _issues

        connection_v3.additional_properties = d
        return connection_v3

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
    def type(self) -> str:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
