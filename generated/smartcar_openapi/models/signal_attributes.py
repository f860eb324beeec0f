from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        group = self.group

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_status import SignalStatus  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        group = d.pop("group")

        status = SignalStatus.from_dict(d.pop("status"))

        body = d.pop("body", UNSET)

        signal_attributes = cls(
            code=code,
            name=name,
            group=group,
            status=status,
            body=None if isinstance(body, Unset) else body,
        )

        signal_attributes.additional_properties = d
        return signal_attributes

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
