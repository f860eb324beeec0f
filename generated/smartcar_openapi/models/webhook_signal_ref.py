from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="WebhookSignalRef")


@_attrs_define
class WebhookSignalRef:
    """
    Attributes:
        group (str | None):
        name (str | None):
        code (str | None):
    """

    group: str | None = None
    name: str | None = None
    code: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _group_value = UNSET if self.group is None else self.group

        group = _group_value

        _name_value = UNSET if self.name is None else self.name

        name = _name_value

        _code_value = UNSET if self.code is None else self.code

        code = _code_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _group_sent = d.pop("group", UNSET)
        group = read_member(
            _issues,
            "group",
            _group_sent,
            (str,),
            None,
            False,
        )

        _name_sent = d.pop("name", UNSET)
        name = read_member(
            _issues,
            "name",
            _name_sent,
            (str,),
            None,
            False,
        )

        _code_sent = d.pop("code", UNSET)
        code = read_member(
            _issues,
            "code",
            _code_sent,
            (str,),
            None,
            False,
        )

        webhook_signal_ref = cls(
            group=None if isinstance(group, Unset) else group,
            name=None if isinstance(name, Unset) else name,
            code=None if isinstance(code, Unset) else code,
        )

        webhook_signal_ref._deviations = _issues

        webhook_signal_ref.additional_properties = d
        return webhook_signal_ref

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
