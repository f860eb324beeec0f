from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_api_links import JsonApiLinks
    from ..models.signal import Signal
    from ..models.signal_included import SignalIncluded
    from ..models.signal_page_meta import SignalPageMeta


T = TypeVar("T", bound="SignalList")


@_attrs_define
class SignalList:
    """One page of signals. `links.next` is there while more pages follow.

    Attributes:
        data (list[Signal]):
        meta (SignalPageMeta | None): Where a page of signals is in the list.
        links (JsonApiLinks | None): JSON:API links of a list; `next` is null on the last page.
        included (SignalIncluded | None): Resources a signal document includes.
    """

    data: list[Signal]
    meta: SignalPageMeta | None = None
    links: JsonApiLinks | None = None
    included: SignalIncluded | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        _meta_value = UNSET if self.meta is None else self.meta

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()

        _links_value = UNSET if self.links is None else self.links

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = _links_value.to_dict()

        _included_value = UNSET if self.included is None else self.included

        included: dict[str, Any] | Unset = UNSET
        if not isinstance(_included_value, Unset):
            included = _included_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_api_links import JsonApiLinks  # noqa: PLC0415
        from ..models.signal import Signal  # noqa: PLC0415
        from ..models.signal_included import SignalIncluded  # noqa: PLC0415
        from ..models.signal_page_meta import SignalPageMeta  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Signal.from_dict(data_item_data)

            data.append(data_item)

        _meta = d.pop("meta", UNSET)
        meta: SignalPageMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SignalPageMeta.from_dict(_meta)

        _links = d.pop("links", UNSET)
        links: JsonApiLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = JsonApiLinks.from_dict(_links)

        _included = d.pop("included", UNSET)
        included: SignalIncluded | Unset
        if isinstance(_included, Unset):
            included = UNSET
        else:
            included = SignalIncluded.from_dict(_included)

        signal_list = cls(
            data=data,
            meta=None if isinstance(meta, Unset) else meta,
            links=None if isinstance(links, Unset) else links,
            included=None if isinstance(included, Unset) else included,
        )

        signal_list.additional_properties = d
        return signal_list

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
