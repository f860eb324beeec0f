from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.signal_body_charge_limit_condition import SignalBodyChargeLimitCondition


T = TypeVar("T", bound="SignalBodyChargeLimit")


@_attrs_define
class SignalBodyChargeLimit:
    """One charge limit.

    Attributes:
        type_ (str): `GLOBAL`, `LOCATION` or `CONNECTOR`; examples send lower case (kept as sent).
        limit (float): The limit, 0-100 percent.
        condition (None | SignalBodyChargeLimitCondition):
    """

    type_: str
    limit: float
    condition: None | SignalBodyChargeLimitCondition = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal_body_charge_limit_condition import SignalBodyChargeLimitCondition  # noqa: PLC0415

        type_ = self.type_

        limit = self.limit

        _condition_value = UNSET if self.condition is None and "condition" not in self._sent_nulls else self.condition

        if "condition" in self._deviations:
            condition = _condition_value
        else:
            condition: dict[str, Any] | None | Unset
            if isinstance(_condition_value, Unset):
                condition = UNSET
            elif isinstance(_condition_value, SignalBodyChargeLimitCondition):
                condition = _condition_value.to_dict()
            else:
                condition = _condition_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "limit": limit,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_charge_limit_condition import SignalBodyChargeLimitCondition  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _type__sent = d.pop("type", UNSET)
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
            None,
            True,
        )

        _limit_sent = d.pop("limit", UNSET)
        limit = read_member(
            _issues,
            "limit",
            _limit_sent,
            (float,),
            None,
            True,
        )

        _condition_sent = d.pop("condition", UNSET)
        try:

            def _parse_condition(data: object) -> None | SignalBodyChargeLimitCondition | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    condition_type_0 = SignalBodyChargeLimitCondition.from_dict(data)

                    if not getattr(condition_type_0, "_deviations", None):
                        return condition_type_0
                    _candidates.append(condition_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | SignalBodyChargeLimitCondition | Unset, data)

            condition = _parse_condition(_condition_sent)

        except LENIENT_ERRORS:
            condition = _condition_sent
        condition = read_member(
            _issues,
            "condition",
            condition,
            (
                SignalBodyChargeLimitCondition,
                None,
            ),
            None,
            False,
        )

        signal_body_charge_limit = cls(
            type_=type_,
            limit=limit,
            condition=None if isinstance(condition, Unset) else condition,
        )
        signal_body_charge_limit._sent_nulls = frozenset(
            field_name for field_name, field_value in (("condition", condition),) if field_value is None
        )

        signal_body_charge_limit._deviations = _issues

        signal_body_charge_limit.additional_properties = d
        return signal_body_charge_limit

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
    def type(self) -> str:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
