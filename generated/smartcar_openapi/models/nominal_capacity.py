from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.available_capacity import AvailableCapacity
    from ..models.nominal_capacity_value import NominalCapacityValue


T = TypeVar("T", bound="NominalCapacity")


@_attrs_define
class NominalCapacity:
    """
    Attributes:
        available_capacities (list[AvailableCapacity]): Candidate capacities for this vehicle.
        capacity (NominalCapacityValue | None): The nominal capacity, or null when it is not known.
        url (None | str): Smartcar Connect URL (`https://connect.smartcar.com/battery-capacity?...`, valid 30
            days) that lets the user pick a capacity; null when not needed.
    """

    available_capacities: list[AvailableCapacity]
    capacity: NominalCapacityValue | None
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.available_capacity import AvailableCapacity  # noqa: PLC0415
        from ..models.nominal_capacity_value import NominalCapacityValue  # noqa: PLC0415

        if "availableCapacities" in self._deviations:
            available_capacities = self.available_capacities
        else:
            available_capacities = []
            for available_capacities_item_data in self.available_capacities:
                if not isinstance(available_capacities_item_data, AvailableCapacity):
                    available_capacities.append(available_capacities_item_data)
                    continue
                available_capacities_item = available_capacities_item_data.to_dict()
                available_capacities.append(available_capacities_item)

        if "capacity" in self._deviations:
            capacity = self.capacity
        else:
            capacity: dict[str, Any] | None
            if isinstance(self.capacity, NominalCapacityValue):
                capacity = self.capacity.to_dict()
            else:
                capacity = self.capacity

        if "url" in self._deviations:
            url = self.url
        else:
            url: None | str
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableCapacities": available_capacities,
                "capacity": capacity,
                "url": url,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_capacity import AvailableCapacity  # noqa: PLC0415
        from ..models.nominal_capacity_value import NominalCapacityValue  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _available_capacities_sent = d.pop("availableCapacities", UNSET)
        try:
            available_capacities = []
            _available_capacities = _available_capacities_sent
            if not isinstance(_available_capacities, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_available_capacities).__name__}")
            for available_capacities_item_data in _available_capacities:
                try:
                    available_capacities_item = AvailableCapacity.from_dict(available_capacities_item_data)

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
            (AvailableCapacity,),
            True,
        )

        _capacity_sent = d.pop("capacity", UNSET)
        try:

            def _parse_capacity(data: object) -> NominalCapacityValue | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    capacity_type_0 = NominalCapacityValue.from_dict(data)

                    if not getattr(capacity_type_0, "_deviations", None):
                        return capacity_type_0
                    _candidates.append(capacity_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(NominalCapacityValue | None, data)

            capacity = _parse_capacity(_capacity_sent)

        except LENIENT_ERRORS:
            capacity = _capacity_sent
        capacity = read_member(
            _issues,
            "capacity",
            capacity,
            (
                NominalCapacityValue,
                None,
            ),
            None,
            True,
        )

        _url_sent = d.pop("url", UNSET)
        try:

            def _parse_url(data: object) -> None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str, data)

            url = _parse_url(_url_sent)

        except LENIENT_ERRORS:
            url = _url_sent
        url = read_member(
            _issues,
            "url",
            url,
            (
                str,
                None,
            ),
            None,
            True,
        )

        nominal_capacity = cls(
            available_capacities=available_capacities,
            capacity=capacity,
            url=url,
        )

        nominal_capacity._deviations = _issues

        nominal_capacity.additional_properties = d
        return nominal_capacity

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
