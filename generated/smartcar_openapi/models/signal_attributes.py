from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.signal_status import SignalStatus


T = TypeVar("T", bound="SignalAttributes")


@_attrs_define
class SignalAttributes:
    """
    Attributes:
        code (str): Signal code, `<group>-<name>` in lowercase.
        name (str): Signal name, for example `TraveledDistance`.
        group (str): Signal group, for example `Odometer`.
        status (SignalStatus):
        body (Any | None): Signal-specific JSON object, usually `{value, unit}` (units such as kilometers, miles,
            percent (0-100), amps, volts, watts, kilowatts, kilowatt_hours, celsius, fahrenheit, kph,
            mph) or `{values: [...], ...}`. Absent or empty when the status is ERROR.
    """

    code: str
    name: str
    group: str
    status: SignalStatus
    body: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        group = self.group

        if "status" in self._deviations:
            status = self.status
        else:
            status = self.status.to_dict()

        _body_value = UNSET if self.body is None else self.body

        body = _body_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "group": group,
                "status": status,
            }
        )
        if body is not UNSET:
            field_dict["body"] = body
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_status import SignalStatus  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _code_sent = d.pop("code", UNSET)
        code = read_member(
            _issues,
            "code",
            _code_sent,
            (str,),
            None,
            True,
        )

        _name_sent = d.pop("name", UNSET)
        name = read_member(
            _issues,
            "name",
            _name_sent,
            (str,),
            None,
            True,
        )

        _group_sent = d.pop("group", UNSET)
        group = read_member(
            _issues,
            "group",
            _group_sent,
            (str,),
            None,
            True,
        )

        _status_sent = d.pop("status", UNSET)
        try:
            status = SignalStatus.from_dict(_status_sent)

        except LENIENT_ERRORS:
            status = _status_sent
        status = read_member(
            _issues,
            "status",
            status,
            (SignalStatus,),
            None,
            True,
        )

        _body_sent = d.pop("body", UNSET)
        body = read_member(
            _issues,
            "body",
            _body_sent,
            None,
            None,
            False,
        )

        signal_attributes = cls(
            code=code,
            name=name,
            group=group,
            status=status,
            body=None if isinstance(body, Unset) else body,
        )

        signal_attributes._deviations = _issues

        signal_attributes.additional_properties = d
        return signal_attributes

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
