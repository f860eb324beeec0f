from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="VehicleV3Attributes")


@_attrs_define
class VehicleV3Attributes:
    """
    Attributes:
        make (str): Manufacturer, upper case (`VOLKSWAGEN`, `TESLA`).
        model (str): Model.
        year (int): Model year.
        powertrain_type (str | None): Open string (`BEV`, `PHEV`, `HEV`, `ICE`, ...).
        mode (str | None): Open string, `LIVE` for a real vehicle (simulated vehicles say otherwise).
    """

    make: str
    model: str
    year: int
    powertrain_type: str | None = None
    mode: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        make = self.make

        model = self.model

        year = self.year

        _powertrain_type_value = UNSET if self.powertrain_type is None else self.powertrain_type

        powertrain_type = _powertrain_type_value

        _mode_value = UNSET if self.mode is None else self.mode

        mode = _mode_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "make": make,
                "model": model,
                "year": year,
            }
        )
        if powertrain_type is not UNSET:
            field_dict["powertrainType"] = powertrain_type
        if mode is not UNSET:
            field_dict["mode"] = mode
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _make_sent = d.pop("make", UNSET)
        make = read_member(
            _issues,
            "make",
            _make_sent,
            (str,),
            None,
            True,
        )

        _model_sent = d.pop("model", UNSET)
        model = read_member(
            _issues,
            "model",
            _model_sent,
            (str,),
            None,
            True,
        )

        _year_sent = d.pop("year", UNSET)
        year = read_member(
            _issues,
            "year",
            _year_sent,
            (int,),
            None,
            True,
        )

        _powertrain_type_sent = d.pop("powertrainType", UNSET)
        powertrain_type = read_member(
            _issues,
            "powertrainType",
            _powertrain_type_sent,
            (str,),
            None,
            False,
        )

        _mode_sent = d.pop("mode", UNSET)
        mode = read_member(
            _issues,
            "mode",
            _mode_sent,
            (str,),
            None,
            False,
        )

        vehicle_v3_attributes = cls(
            make=make,
            model=model,
            year=year,
            powertrain_type=None if isinstance(powertrain_type, Unset) else powertrain_type,
            mode=None if isinstance(mode, Unset) else mode,
        )

        vehicle_v3_attributes._deviations = _issues

        vehicle_v3_attributes.additional_properties = d
        return vehicle_v3_attributes

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
