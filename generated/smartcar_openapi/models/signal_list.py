from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal import Signal  # noqa: PLC0415

        if "data" in self._deviations:
            data = self.data
        else:
            data = []
            for data_item_data in self.data:
                if not isinstance(data_item_data, Signal):
                    data.append(data_item_data)
                    continue
                data_item = data_item_data.to_dict()
                data.append(data_item)

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

        _included_value = UNSET if self.included is None else self.included

        if "included" in self._deviations:
            included = _included_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_api_links import JsonApiLinks  # noqa: PLC0415
        from ..models.signal import Signal  # noqa: PLC0415
        from ..models.signal_included import SignalIncluded  # noqa: PLC0415
        from ..models.signal_page_meta import SignalPageMeta  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _data_sent = d.pop("data", UNSET)
        try:
            data = []
            _data = _data_sent
            if not isinstance(_data, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_data).__name__}")
            for data_item_data in _data:
                try:
                    data_item = Signal.from_dict(data_item_data)

                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _data_sent
        data = read_member(
            _issues,
            "data",
            data,
            (list,),
            (Signal,),
            True,
        )

        _meta_sent = d.pop("meta", UNSET)
        try:
            _meta = _meta_sent
            meta: SignalPageMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = SignalPageMeta.from_dict(_meta)

        except LENIENT_ERRORS:
            meta = _meta_sent
        meta = read_member(
            _issues,
            "meta",
            meta,
            (SignalPageMeta,),
            None,
            False,
        )

        _links_sent = d.pop("links", UNSET)
        try:
            _links = _links_sent
            links: JsonApiLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = JsonApiLinks.from_dict(_links)

        except LENIENT_ERRORS:
            links = _links_sent
        links = read_member(
            _issues,
            "links",
            links,
            (JsonApiLinks,),
            None,
            False,
        )

        _included_sent = d.pop("included", UNSET)
        try:
            _included = _included_sent
            included: SignalIncluded | Unset
            if isinstance(_included, Unset):
                included = UNSET
            else:
                included = SignalIncluded.from_dict(_included)

        except LENIENT_ERRORS:
            included = _included_sent
        included = read_member(
            _issues,
            "included",
            included,
            (SignalIncluded,),
            None,
            False,
        )

        signal_list = cls(
            data=data,
            meta=None if isinstance(meta, Unset) else meta,
            links=None if isinstance(links, Unset) else links,
            included=None if isinstance(included, Unset) else included,
        )

        signal_list._deviations = _issues

        signal_list.additional_properties = d
        return signal_list

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
