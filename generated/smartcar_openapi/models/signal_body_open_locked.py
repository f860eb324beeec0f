from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="SignalBodyOpenLocked")


@_attrs_define
class SignalBodyOpenLocked:
    """Whether a closure (front or rear trunk) is open and whether it is locked.

    Example:
        {'isOpen': False, 'isLocked': True}

    Attributes:
        is_open (bool | None):
        is_locked (bool | None):
    """

    is_open: bool | None = None
    is_locked: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _is_open_value = UNSET if self.is_open is None and "is_open" not in self._sent_nulls else self.is_open

        if "isOpen" in self._deviations:
            is_open = _is_open_value
        else:
            is_open: bool | None | Unset
            if isinstance(_is_open_value, Unset):
                is_open = UNSET
            else:
                is_open = _is_open_value

        _is_locked_value = UNSET if self.is_locked is None and "is_locked" not in self._sent_nulls else self.is_locked

        if "isLocked" in self._deviations:
            is_locked = _is_locked_value
        else:
            is_locked: bool | None | Unset
            if isinstance(_is_locked_value, Unset):
                is_locked = UNSET
            else:
                is_locked = _is_locked_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_open is not UNSET:
            field_dict["isOpen"] = is_open
        if is_locked is not UNSET:
            field_dict["isLocked"] = is_locked

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _is_open_sent = d.pop("isOpen", UNSET)
        try:

            def _parse_is_open(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(bool | None | Unset, data)

            is_open = _parse_is_open(_is_open_sent)

        except LENIENT_ERRORS:
            is_open = _is_open_sent
        is_open = read_member(
            _issues,
            "isOpen",
            is_open,
            (
                bool,
                None,
            ),
            None,
            False,
        )

        _is_locked_sent = d.pop("isLocked", UNSET)
        try:

            def _parse_is_locked(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(bool | None | Unset, data)

            is_locked = _parse_is_locked(_is_locked_sent)

        except LENIENT_ERRORS:
            is_locked = _is_locked_sent
        is_locked = read_member(
            _issues,
            "isLocked",
            is_locked,
            (
                bool,
                None,
            ),
            None,
            False,
        )

        signal_body_open_locked = cls(
            is_open=None if isinstance(is_open, Unset) else is_open,
            is_locked=None if isinstance(is_locked, Unset) else is_locked,
        )
        signal_body_open_locked._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("is_open", is_open),
                ("is_locked", is_locked),
            )
            if field_value is None
        )

        signal_body_open_locked._deviations = _issues

        signal_body_open_locked.additional_properties = d
        return signal_body_open_locked

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
