from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.resource_links import ResourceLinks
    from ..models.signal_attributes import SignalAttributes
    from ..models.signal_resource_meta import SignalResourceMeta


T = TypeVar("T", bound="Signal")


@_attrs_define
class Signal:
    """One signal as a JSON:API resource.

    Attributes:
        id (str): The signal code, for example `odometer-traveleddistance`.
        type_ (str): Resource type, `signal`.
        attributes (SignalAttributes):
        meta (SignalResourceMeta | None): A signal's times in API responses, ISO-8601 strings; any of them may be absent
            (often only `ingestedAt` is sent). Webhook deliveries send the same names as epoch milliseconds (`SignalMeta`).
        links (ResourceLinks | None): JSON:API links.
    """

    id: str
    type_: str
    attributes: SignalAttributes
    meta: SignalResourceMeta | None = None
    links: ResourceLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        if "attributes" in self._deviations:
            attributes = self.attributes
        else:
            attributes = self.attributes.to_dict()

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
                "attributes": attributes,
            }
        )
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
        from ..models.resource_links import ResourceLinks  # noqa: PLC0415
        from ..models.signal_attributes import SignalAttributes  # noqa: PLC0415
        from ..models.signal_resource_meta import SignalResourceMeta  # noqa: PLC0415

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
            attributes = SignalAttributes.from_dict(_attributes_sent)

        except LENIENT_ERRORS:
            attributes = _attributes_sent
        attributes = read_member(
            _issues,
            "attributes",
            attributes,
            (SignalAttributes,),
            None,
            True,
        )

        _meta_sent = d.pop("meta", UNSET)
        try:
            _meta = _meta_sent
            meta: SignalResourceMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = SignalResourceMeta.from_dict(_meta)

        except LENIENT_ERRORS:
            meta = _meta_sent
        meta = read_member(
            _issues,
            "meta",
            meta,
            (SignalResourceMeta,),
            None,
            False,
        )

        _links_sent = d.pop("links", UNSET)
        try:
            _links = _links_sent
            links: ResourceLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = ResourceLinks.from_dict(_links)

        except LENIENT_ERRORS:
            links = _links_sent
        links = read_member(
            _issues,
            "links",
            links,
            (ResourceLinks,),
            None,
            False,
        )

        signal = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            meta=None if isinstance(meta, Unset) else meta,
            links=None if isinstance(links, Unset) else links,
        )

        signal._deviations = _issues

        signal.additional_properties = d
        return signal

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
