from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.signal_body_capacity import SignalBodyCapacity


T = TypeVar("T", bound="SignalBodyNominalCapacity")


@_attrs_define
class SignalBodyNominalCapacity:
    """The traction battery's nominal capacity, and the capacities it may have.

    Example:
        {'source': 'SMARTCAR', 'capacity': 73.5, 'availableCapacities': [{'capacity': 73.5, 'description': 'BEV:Extended
            Range'}, {'capacity': 80.9, 'description': None}], 'unit': 'kWhr'}

    Attributes:
        capacity (float | None): The capacity, in `unit`.
        source (str | None): `SMARTCAR` or `USER_SELECTED` (kept as sent).
        available_capacities (list[SignalBodyCapacity] | None):
        unit (str | None): The unit, for example `kWhr`.
    """

    capacity: float | None
    source: str | None = None
    available_capacities: list[SignalBodyCapacity] | None = None
    unit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal_body_capacity import SignalBodyCapacity  # noqa: PLC0415

        if "capacity" in self._deviations:
            capacity = self.capacity
        else:
            capacity: float | None
            capacity = self.capacity

        _source_value = UNSET if self.source is None else self.source

        source = _source_value

        _available_capacities_value = UNSET if self.available_capacities is None else self.available_capacities

        if "availableCapacities" in self._deviations:
            available_capacities = _available_capacities_value
        else:
            available_capacities: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_available_capacities_value, Unset):
                available_capacities = []
                for available_capacities_item_data in _available_capacities_value:
                    if not isinstance(available_capacities_item_data, SignalBodyCapacity):
                        available_capacities.append(available_capacities_item_data)
                        continue
                    available_capacities_item = available_capacities_item_data.to_dict()
                    available_capacities.append(available_capacities_item)

        _unit_value = UNSET if self.unit is None else self.unit

        unit = _unit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if available_capacities is not UNSET:
            field_dict["availableCapacities"] = available_capacities
        if unit is not UNSET:
            field_dict["unit"] = unit
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_capacity import SignalBodyCapacity  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _capacity_sent = d.pop("capacity", UNSET)
        try:

            def _parse_capacity(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            capacity = _parse_capacity(_capacity_sent)

        except LENIENT_ERRORS:
            capacity = _capacity_sent
        capacity = read_member(
            _issues,
            "capacity",
            capacity,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _source_sent = d.pop("source", UNSET)
        source = read_member(
            _issues,
            "source",
            _source_sent,
            (str,),
            None,
            False,
        )

        _available_capacities_sent = d.pop("availableCapacities", UNSET)
        try:
            _available_capacities = _available_capacities_sent
            available_capacities: list[SignalBodyCapacity] | Unset = UNSET
            if _available_capacities is not UNSET:
                if not isinstance(_available_capacities, list):
                    raise TypeError(f"expected a list, got {type(_available_capacities).__name__}")
                available_capacities = []
                for available_capacities_item_data in _available_capacities:
                    try:
                        available_capacities_item = SignalBodyCapacity.from_dict(available_capacities_item_data)

                    except LENIENT_ERRORS:
                        available_capacities_item = available_capacities_item_data
                    available_capacities.append(available_capacities_item)

        except LENIENT_ERRORS:
            available_capacities = _available_capacities_sent
        available_capacities = read_member(
            _issues,
            "availableCapacities",
            available_capacities,
            (list,),
            (SignalBodyCapacity,),
            False,
        )

        _unit_sent = d.pop("unit", UNSET)
        unit = read_member(
            _issues,
            "unit",
            _unit_sent,
            (str,),
            None,
            False,
        )

        signal_body_nominal_capacity = cls(
            capacity=capacity,
            source=None if isinstance(source, Unset) else source,
            available_capacities=None if isinstance(available_capacities, Unset) else available_capacities,
            unit=None if isinstance(unit, Unset) else unit,
        )

        signal_body_nominal_capacity._deviations = _issues

        signal_body_nominal_capacity.additional_properties = d
        return signal_body_nominal_capacity

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
