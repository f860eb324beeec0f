from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _self__value = UNSET if self.self_ is None and "self_" not in self._sent_nulls else self.self_

        if "self" in self._deviations:
            self_ = _self__value
        else:
            self_: None | str | Unset
            if isinstance(_self__value, Unset):
                self_ = UNSET
            else:
                self_ = _self__value

        _first_value = UNSET if self.first is None and "first" not in self._sent_nulls else self.first

        if "first" in self._deviations:
            first = _first_value
        else:
            first: None | str | Unset
            if isinstance(_first_value, Unset):
                first = UNSET
            else:
                first = _first_value

        _previous_value = UNSET if self.previous is None and "previous" not in self._sent_nulls else self.previous

        if "previous" in self._deviations:
            previous = _previous_value
        else:
            previous: None | str | Unset
            if isinstance(_previous_value, Unset):
                previous = UNSET
            else:
                previous = _previous_value

        _next__value = UNSET if self.next_ is None and "next_" not in self._sent_nulls else self.next_

        if "next" in self._deviations:
            next_ = _next__value
        else:
            next_: None | str | Unset
            if isinstance(_next__value, Unset):
                next_ = UNSET
            else:
                next_ = _next__value

        _last_value = UNSET if self.last is None and "last" not in self._sent_nulls else self.last

        if "last" in self._deviations:
            last = _last_value
        else:
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
        _issues: dict[str, str] = {}
        _self__sent = d.pop("self", UNSET)
        try:

            def _parse_self_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            self_ = _parse_self_(_self__sent)

        except LENIENT_ERRORS:
            self_ = _self__sent
        self_ = read_member(
            _issues,
            "self",
            self_,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _first_sent = d.pop("first", UNSET)
        try:

            def _parse_first(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            first = _parse_first(_first_sent)

        except LENIENT_ERRORS:
            first = _first_sent
        first = read_member(
            _issues,
            "first",
            first,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _previous_sent = d.pop("previous", UNSET)
        try:

            def _parse_previous(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            previous = _parse_previous(_previous_sent)

        except LENIENT_ERRORS:
            previous = _previous_sent
        previous = read_member(
            _issues,
            "previous",
            previous,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _next__sent = d.pop("next", UNSET)
        try:

            def _parse_next_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            next_ = _parse_next_(_next__sent)

        except LENIENT_ERRORS:
            next_ = _next__sent
        next_ = read_member(
            _issues,
            "next",
            next_,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _last_sent = d.pop("last", UNSET)
        try:

            def _parse_last(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            last = _parse_last(_last_sent)

        except LENIENT_ERRORS:
            last = _last_sent
        last = read_member(
            _issues,
            "last",
            last,
            (
                str,
                None,
            ),
            None,
            False,
        )

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

        json_api_links._deviations = _issues

        json_api_links.additional_properties = d
        return json_api_links

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
