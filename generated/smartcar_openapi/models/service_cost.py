from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

T = TypeVar("T", bound="ServiceCost")


@_attrs_define
class ServiceCost:
    """
    Attributes:
        total_cost (float | None): Total cost in `currency`.
        currency (None | str): ISO 4217 currency code.
    """

    total_cost: float | None
    currency: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "totalCost" in self._deviations:
            total_cost = self.total_cost
        else:
            total_cost: float | None
            total_cost = self.total_cost

        if "currency" in self._deviations:
            currency = self.currency
        else:
            currency: None | str
            currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCost": total_cost,
                "currency": currency,
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
        _total_cost_sent = d.pop("totalCost", UNSET)
        try:

            def _parse_total_cost(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            total_cost = _parse_total_cost(_total_cost_sent)

        except LENIENT_ERRORS:
            total_cost = _total_cost_sent
        total_cost = read_member(
            _issues,
            "totalCost",
            total_cost,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _currency_sent = d.pop("currency", UNSET)
        try:

            def _parse_currency(data: object) -> None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str, data)

            currency = _parse_currency(_currency_sent)

        except LENIENT_ERRORS:
            currency = _currency_sent
        currency = read_member(
            _issues,
            "currency",
            currency,
            (
                str,
                None,
            ),
            None,
            True,
        )

        service_cost = cls(
            total_cost=total_cost,
            currency=currency,
        )

        service_cost._deviations = _issues

        service_cost.additional_properties = d
        return service_cost

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
