from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.powertrain_type import PowertrainType
from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

T = TypeVar("T", bound="CompatibilityMatrixEntry")


@_attrs_define
class CompatibilityMatrixEntry:
    """
    Attributes:
        model (str): Model name.
        start_year (int): First compatible model year.
        end_year (int): Last compatible model year.
        type_ (PowertrainType): Powertrain type (internal combustion, battery electric, plug-in hybrid, hybrid).
        endpoints (list[str]): Human-readable names of the supported endpoints.
        permissions (list[str]): Supported permissions.
    """

    model: str
    start_year: int
    end_year: int
    type_: PowertrainType
    endpoints: list[str]
    permissions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        start_year = self.start_year

        end_year = self.end_year

        if "type" in self._deviations:
            type_ = self.type_
        else:
            type_ = self.type_.value

        if "endpoints" in self._deviations:
            endpoints = self.endpoints
        else:
            endpoints = self.endpoints

        if "permissions" in self._deviations:
            permissions = self.permissions
        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "startYear": start_year,
                "endYear": end_year,
                "type": type_,
                "endpoints": endpoints,
                "permissions": permissions,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _model_sent = d.pop("model", UNSET)
        model = read_member(
            _issues,
            "model",
            _model_sent,
            (str,),
            None,
            True,
        )

        _start_year_sent = d.pop("startYear", UNSET)
        start_year = read_member(
            _issues,
            "startYear",
            _start_year_sent,
            (int,),
            None,
            True,
        )

        _end_year_sent = d.pop("endYear", UNSET)
        end_year = read_member(
            _issues,
            "endYear",
            _end_year_sent,
            (int,),
            None,
            True,
        )

        _type__sent = d.pop("type", UNSET)
        try:
            type_ = PowertrainType(_type__sent)

        except LENIENT_ERRORS:
            type_ = _type__sent
        type_ = read_member(
            _issues,
            "type",
            type_,
            (PowertrainType,),
            None,
            True,
        )

        _endpoints_sent = d.pop("endpoints", UNSET)
        try:
            endpoints = cast(list[str], _endpoints_sent)

        except LENIENT_ERRORS:
            endpoints = _endpoints_sent
        endpoints = read_member(
            _issues,
            "endpoints",
            endpoints,
            (list,),
            (str,),
            True,
        )

        _permissions_sent = d.pop("permissions", UNSET)
        try:
            permissions = cast(list[str], _permissions_sent)

        except LENIENT_ERRORS:
            permissions = _permissions_sent
        permissions = read_member(
            _issues,
            "permissions",
            permissions,
            (list,),
            (str,),
            True,
        )

        compatibility_matrix_entry = cls(
            model=model,
            start_year=start_year,
            end_year=end_year,
            type_=type_,
            endpoints=endpoints,
            permissions=permissions,
        )

        compatibility_matrix_entry._deviations = _issues

        compatibility_matrix_entry.additional_properties = d
        return compatibility_matrix_entry

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
    def type(self) -> PowertrainType:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
