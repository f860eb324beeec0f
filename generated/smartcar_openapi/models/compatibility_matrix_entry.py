from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.powertrain_type import PowertrainType

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

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        start_year = self.start_year

        end_year = self.end_year

        type_ = self.type_.value

        endpoints = self.endpoints

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model = d.pop("model")

        start_year = d.pop("startYear")

        end_year = d.pop("endYear")

        type_ = PowertrainType(d.pop("type"))

        endpoints = cast(list[str], d.pop("endpoints"))

        permissions = cast(list[str], d.pop("permissions"))

        compatibility_matrix_entry = cls(
            model=model,
            start_year=start_year,
            end_year=end_year,
            type_=type_,
            endpoints=endpoints,
            permissions=permissions,
        )

        compatibility_matrix_entry.additional_properties = d
        return compatibility_matrix_entry

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
