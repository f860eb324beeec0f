from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="SignalPageMeta")


@_attrs_define
class SignalPageMeta:
    """Where a page of signals is in the list.

    Attributes:
        total_count (int | None): Signals across all pages.
        page_size (int | None): Signals per page.
        page_number (int | None): This page's number, from 1.
    """

    total_count: int | None = None
    page_size: int | None = None
    page_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _total_count_value = UNSET if self.total_count is None else self.total_count

        total_count = _total_count_value

        _page_size_value = UNSET if self.page_size is None else self.page_size

        page_size = _page_size_value

        _page_number_value = UNSET if self.page_number is None else self.page_number

        page_number = _page_number_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _total_count_sent = d.pop("totalCount", UNSET)
        total_count = read_member(
            _issues,
            "totalCount",
            _total_count_sent,
            (int,),
            None,
            False,
        )

        _page_size_sent = d.pop("pageSize", UNSET)
        page_size = read_member(
            _issues,
            "pageSize",
            _page_size_sent,
            (int,),
            None,
            False,
        )

        _page_number_sent = d.pop("pageNumber", UNSET)
        page_number = read_member(
            _issues,
            "pageNumber",
            _page_number_sent,
            (int,),
            None,
            False,
        )

        signal_page_meta = cls(
            total_count=None if isinstance(total_count, Unset) else total_count,
            page_size=None if isinstance(page_size, Unset) else page_size,
            page_number=None if isinstance(page_number, Unset) else page_number,
        )

        signal_page_meta._deviations = _issues

        signal_page_meta.additional_properties = d
        return signal_page_meta

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
