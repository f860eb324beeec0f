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
        status (SignalStatus | None): Whether the signal could be read. The whole member may be absent.
        body (Any | None): Signal-specific JSON object, usually `{value, unit}` or `{values: [...], ...}`. Units are
            open strings, as sent (seen: `km`, `kilometers`, `percent` (0-100), `km/h`, `watts`).
            A signal whose status is ERROR may still carry a body; `status` itself may be absent.
    """

    code: str
    name: str
    group: str
    status: SignalStatus | None = None
    body: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        group = self.group

        _status_value = UNSET if self.status is None else self.status

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.to_dict()

        _body_value = UNSET if self.body is None else self.body

        body = _body_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "group": group,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
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

        _status = d.pop("status", UNSET)
        status: SignalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SignalStatus.from_dict(_status)

        body = d.pop("body", UNSET)

        signal_attributes = cls(
            code=code,
            name=name,
            group=group,
            status=None if isinstance(status, Unset) else status,
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
