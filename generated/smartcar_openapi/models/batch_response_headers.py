from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="BatchResponseHeaders")


@_attrs_define
class BatchResponseHeaders:
    """Lowercase response headers of the sub-request.

    Attributes:
        sc_data_age (str | None): ISO 8601 date-time at which the data was recorded.
        sc_fetched_at (str | None): ISO 8601 date-time at which Smartcar fetched the data.
        sc_unit_system (str | None): `metric` or `imperial` (unit-dependent paths only).
    """

    sc_data_age: str | None = None
    sc_fetched_at: str | None = None
    sc_unit_system: str | None = None
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _sc_data_age_value = UNSET if self.sc_data_age is None else self.sc_data_age

        sc_data_age = _sc_data_age_value

        _sc_fetched_at_value = UNSET if self.sc_fetched_at is None else self.sc_fetched_at

        sc_fetched_at = _sc_fetched_at_value

        _sc_unit_system_value = UNSET if self.sc_unit_system is None else self.sc_unit_system

        sc_unit_system = _sc_unit_system_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sc_data_age is not UNSET:
            field_dict["sc-data-age"] = sc_data_age
        if sc_fetched_at is not UNSET:
            field_dict["sc-fetched-at"] = sc_fetched_at
        if sc_unit_system is not UNSET:
            field_dict["sc-unit-system"] = sc_unit_system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _sc_data_age_sent = d.pop("sc-data-age", UNSET)
        sc_data_age = read_member(
            _issues,
            "sc-data-age",
            _sc_data_age_sent,
            (str,),
            None,
            False,
        )

        _sc_fetched_at_sent = d.pop("sc-fetched-at", UNSET)
        sc_fetched_at = read_member(
            _issues,
            "sc-fetched-at",
            _sc_fetched_at_sent,
            (str,),
            None,
            False,
        )

        _sc_unit_system_sent = d.pop("sc-unit-system", UNSET)
        sc_unit_system = read_member(
            _issues,
            "sc-unit-system",
            _sc_unit_system_sent,
            (str,),
            None,
            False,
        )

        batch_response_headers = cls(
            sc_data_age=None if isinstance(sc_data_age, Unset) else sc_data_age,
            sc_fetched_at=None if isinstance(sc_fetched_at, Unset) else sc_fetched_at,
            sc_unit_system=None if isinstance(sc_unit_system, Unset) else sc_unit_system,
        )

        batch_response_headers._deviations = _issues

        batch_response_headers.additional_properties = d
        return batch_response_headers

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

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
