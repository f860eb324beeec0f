from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="SignalErrorResolution")


@_attrs_define
class SignalErrorResolution:
    """
    Attributes:
        type_ (None | str): Open string; seen: `UNKNOWN_RESOLUTION_TYPE`, `REAUTHENTICATE`.
    """

    type_: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _type__value = UNSET if self.type_ is None and "type_" not in self._sent_nulls else self.type_

        if "type" in self._deviations:
            type_ = _type__value
        else:
            type_: None | str | Unset
            if isinstance(_type__value, Unset):
                type_ = UNSET
            else:
                type_ = _type__value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _type__sent = d.pop("type", UNSET)
        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            type_ = _parse_type_(_type__sent)

        except LENIENT_ERRORS:
            type_ = _type__sent
        type_ = read_member(
            _issues,
            "type",
            type_,
            (
                str,
                None,
            ),
            None,
            False,
        )

        signal_error_resolution = cls(
            type_=None if isinstance(type_, Unset) else type_,
        )
        signal_error_resolution._sent_nulls = frozenset(
            field_name for field_name, field_value in (("type_", type_),) if field_value is None
        )

        signal_error_resolution._deviations = _issues

        signal_error_resolution.additional_properties = d
        return signal_error_resolution

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

    @property
    def type(self) -> None | str:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
