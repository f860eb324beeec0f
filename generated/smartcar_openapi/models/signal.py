from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes = self.attributes.to_dict()

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
                "attributes": attributes,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_links import ResourceLinks  # noqa: PLC0415
        from ..models.signal_attributes import SignalAttributes  # noqa: PLC0415
        from ..models.signal_resource_meta import SignalResourceMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        attributes = SignalAttributes.from_dict(d.pop("attributes"))

        _meta = d.pop("meta", UNSET)
        meta: SignalResourceMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SignalResourceMeta.from_dict(_meta)

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ResourceLinks.from_dict(_links)

        signal = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            meta=None if isinstance(meta, Unset) else meta,
            links=None if isinstance(links, Unset) else links,
        )

        signal.additional_properties = d
        return signal

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
