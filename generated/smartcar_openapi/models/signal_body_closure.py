from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalBodyClosure")


@_attrs_define
class SignalBodyClosure:
    """One door (or other closure) of a grid, by row and column.

    Attributes:
        row (int | None):
        column (int | None):
        is_open (bool | None):
        is_locked (bool | None):
    """

    row: int | None = None
    column: int | None = None
    is_open: bool | None = None
    is_locked: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        _row_value = UNSET if self.row is None else self.row

        row = _row_value

        _column_value = UNSET if self.column is None else self.column

        column = _column_value

        _is_open_value = UNSET if self.is_open is None and "is_open" not in self._sent_nulls else self.is_open

        is_open: bool | None | Unset
        if isinstance(_is_open_value, Unset):
            is_open = UNSET
        else:
            is_open = _is_open_value

        _is_locked_value = UNSET if self.is_locked is None and "is_locked" not in self._sent_nulls else self.is_locked

        is_locked: bool | None | Unset
        if isinstance(_is_locked_value, Unset):
            is_locked = UNSET
        else:
            is_locked = _is_locked_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row is not UNSET:
            field_dict["row"] = row
        if column is not UNSET:
            field_dict["column"] = column
        if is_open is not UNSET:
            field_dict["isOpen"] = is_open
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row = d.pop("row", UNSET)

        column = d.pop("column", UNSET)

        def _parse_is_open(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_open = _parse_is_open(d.pop("isOpen", UNSET))

        def _parse_is_locked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_locked = _parse_is_locked(d.pop("isLocked", UNSET))

        signal_body_closure = cls(
            row=None if isinstance(row, Unset) else row,
            column=None if isinstance(column, Unset) else column,
            is_open=None if isinstance(is_open, Unset) else is_open,
            is_locked=None if isinstance(is_locked, Unset) else is_locked,
        )
        signal_body_closure._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("is_open", is_open),
                ("is_locked", is_locked),
            )
            if field_value is None
        )

        signal_body_closure.additional_properties = d
        return signal_body_closure

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
