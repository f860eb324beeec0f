from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookV4Vehicle")


@_attrs_define
class WebhookV4Vehicle:
    """
    Attributes:
        id (str | None):
        make (str | None):
        model (str | None):
        year (int | None):
        powertrain_type (str | None): For example `BEV`, `PHEV`, `ICE`.
    """

    id: str | None = None
    make: str | None = None
    model: str | None = None
    year: int | None = None
    powertrain_type: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _id_value = UNSET if self.id is None else self.id

        id = _id_value

        _make_value = UNSET if self.make is None else self.make

        make = _make_value

        _model_value = UNSET if self.model is None else self.model

        model = _model_value

        _year_value = UNSET if self.year is None else self.year

        year = _year_value

        _powertrain_type_value = UNSET if self.powertrain_type is None else self.powertrain_type

        powertrain_type = _powertrain_type_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if year is not UNSET:
            field_dict["year"] = year
        if powertrain_type is not UNSET:
            field_dict["powertrainType"] = powertrain_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        make = d.pop("make", UNSET)

        model = d.pop("model", UNSET)

        year = d.pop("year", UNSET)

        powertrain_type = d.pop("powertrainType", UNSET)

        webhook_v4_vehicle = cls(
            id=None if isinstance(id, Unset) else id,
            make=None if isinstance(make, Unset) else make,
            model=None if isinstance(model, Unset) else model,
            year=None if isinstance(year, Unset) else year,
            powertrain_type=None if isinstance(powertrain_type, Unset) else powertrain_type,
        )

        webhook_v4_vehicle.additional_properties = d
        return webhook_v4_vehicle

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
