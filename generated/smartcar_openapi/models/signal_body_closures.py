from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_body_closure import SignalBodyClosure


T = TypeVar("T", bound="SignalBodyClosures")


@_attrs_define
class SignalBodyClosures:
    """Closures laid out as a grid of rows (front to back) and columns (left to right).

    Example:
        {'values': [{'row': 0, 'column': 0, 'isOpen': False, 'isLocked': True}, {'row': 0, 'column': 1, 'isOpen': False,
            'isLocked': True}], 'rowCount': 2, 'columnCount': 2}

    Attributes:
        values (list[SignalBodyClosure]):
        row_count (int | None):
        column_count (int | None):
    """

    values: list[SignalBodyClosure]
    row_count: int | None = None
    column_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        _row_count_value = UNSET if self.row_count is None else self.row_count

        row_count = _row_count_value

        _column_count_value = UNSET if self.column_count is None else self.column_count

        column_count = _column_count_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if row_count is not UNSET:
            field_dict["rowCount"] = row_count
        if column_count is not UNSET:
            field_dict["columnCount"] = column_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_closure import SignalBodyClosure  # noqa: PLC0415

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = SignalBodyClosure.from_dict(values_item_data)

            values.append(values_item)

        row_count = d.pop("rowCount", UNSET)

        column_count = d.pop("columnCount", UNSET)

        signal_body_closures = cls(
            values=values,
            row_count=None if isinstance(row_count, Unset) else row_count,
            column_count=None if isinstance(column_count, Unset) else column_count,
        )

        signal_body_closures.additional_properties = d
        return signal_body_closures

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
