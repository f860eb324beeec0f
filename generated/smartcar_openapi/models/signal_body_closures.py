from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal_body_closure import SignalBodyClosure  # noqa: PLC0415

        if "values" in self._deviations:
            values = self.values
        else:
            values = []
            for values_item_data in self.values:
                if not isinstance(values_item_data, SignalBodyClosure):
                    values.append(values_item_data)
                    continue
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_closure import SignalBodyClosure  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _values_sent = d.pop("values", UNSET)
        try:
            values = []
            _values = _values_sent
            if not isinstance(_values, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_values).__name__}")
            for values_item_data in _values:
                try:
                    values_item = SignalBodyClosure.from_dict(values_item_data)

                except LENIENT_ERRORS:
                    values_item = values_item_data
                values.append(values_item)

        except LENIENT_ERRORS:
            values = _values_sent
        values = read_member(
            _issues,
            "values",
            values,
            (list,),
            (SignalBodyClosure,),
            True,
        )

        _row_count_sent = d.pop("rowCount", UNSET)
        row_count = read_member(
            _issues,
            "rowCount",
            _row_count_sent,
            (int,),
            None,
            False,
        )

        _column_count_sent = d.pop("columnCount", UNSET)
        column_count = read_member(
            _issues,
            "columnCount",
            _column_count_sent,
            (int,),
            None,
            False,
        )

        signal_body_closures = cls(
            values=values,
            row_count=None if isinstance(row_count, Unset) else row_count,
            column_count=None if isinstance(column_count, Unset) else column_count,
        )

        signal_body_closures._deviations = _issues

        signal_body_closures.additional_properties = d
        return signal_body_closures

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
