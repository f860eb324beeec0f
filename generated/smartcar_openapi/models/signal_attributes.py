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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        group = self.group

        _status_value = UNSET if self.status is None else self.status

        if "status" in self._deviations:
            status = _status_value
        else:
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
            _status = _status_sent
            status: SignalStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SignalStatus.from_dict(_status)

        except LENIENT_ERRORS:
            status = _status_sent
        status = read_member(
            _issues,
            "status",
            status,
            (SignalStatus,),
            None,
            False,
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
            status=None if isinstance(status, Unset) else status,
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
