from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JsonApiLinks")


@_attrs_define
class JsonApiLinks:
    """JSON:API links of a list; `next` is null on the last page.

    Attributes:
        self_ (None | str):
        first (None | str):
        previous (None | str):
        next_ (None | str):
        last (None | str):
    """

    self_: None | str = None
    first: None | str = None
    previous: None | str = None
    next_: None | str = None
    last: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        _self__value = UNSET if self.self_ is None and "self_" not in self._sent_nulls else self.self_

        self_: None | str | Unset
        if isinstance(_self__value, Unset):
            self_ = UNSET
        else:
            self_ = _self__value

        _first_value = UNSET if self.first is None and "first" not in self._sent_nulls else self.first

        first: None | str | Unset
        if isinstance(_first_value, Unset):
            first = UNSET
        else:
            first = _first_value

        _previous_value = UNSET if self.previous is None and "previous" not in self._sent_nulls else self.previous

        previous: None | str | Unset
        if isinstance(_previous_value, Unset):
            previous = UNSET
        else:
            previous = _previous_value

        _next__value = UNSET if self.next_ is None and "next_" not in self._sent_nulls else self.next_

        next_: None | str | Unset
        if isinstance(_next__value, Unset):
            next_ = UNSET
        else:
            next_ = _next__value

        _last_value = UNSET if self.last is None and "last" not in self._sent_nulls else self.last

        last: None | str | Unset
        if isinstance(_last_value, Unset):
            last = UNSET
        else:
            last = _last_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if self_ is not UNSET:
            field_dict["self"] = self_
        if first is not UNSET:
            field_dict["first"] = first
        if previous is not UNSET:
            field_dict["previous"] = previous
        if next_ is not UNSET:
            field_dict["next"] = next_
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_self_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        self_ = _parse_self_(d.pop("self", UNSET))

        def _parse_first(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first = _parse_first(d.pop("first", UNSET))

        def _parse_previous(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous = _parse_previous(d.pop("previous", UNSET))

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        def _parse_last(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last = _parse_last(d.pop("last", UNSET))

        json_api_links = cls(
            self_=None if isinstance(self_, Unset) else self_,
            first=None if isinstance(first, Unset) else first,
            previous=None if isinstance(previous, Unset) else previous,
            next_=None if isinstance(next_, Unset) else next_,
            last=None if isinstance(last, Unset) else last,
        )
        json_api_links._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("self_", self_),
                ("first", first),
                ("previous", previous),
                ("next_", next_),
                ("last", last),
            )
            if field_value is None
        )

        json_api_links.additional_properties = d
        return json_api_links

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
