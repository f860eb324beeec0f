from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="CursorPaging")


@_attrs_define
class CursorPaging:
    """
    Attributes:
        cursor (None | str): Cursor for the next page; null on the last page.
        count (int | None): Number of items (seen only in an SDK fixture).
    """

    cursor: None | str
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "cursor" in self._deviations:
            cursor = self.cursor
        else:
            cursor: None | str
            cursor = self.cursor

        _count_value = UNSET if self.count is None else self.count

        count = _count_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _cursor_sent = d.pop("cursor", UNSET)
        try:

            def _parse_cursor(data: object) -> None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str, data)

            cursor = _parse_cursor(_cursor_sent)

        except LENIENT_ERRORS:
            cursor = _cursor_sent
        cursor = read_member(
            _issues,
            "cursor",
            cursor,
            (
                str,
                None,
            ),
            None,
            True,
        )

        _count_sent = d.pop("count", UNSET)
        count = read_member(
            _issues,
            "count",
            _count_sent,
            (int,),
            None,
            False,
        )

        cursor_paging = cls(
            cursor=cursor,
            count=None if isinstance(count, Unset) else count,
        )

        cursor_paging._deviations = _issues

        cursor_paging.additional_properties = d
        return cursor_paging

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
