from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="TimestampsMeta")


@_attrs_define
class TimestampsMeta:
    """
    Attributes:
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _created_at_value = UNSET if self.created_at is None else self.created_at

        if "createdAt" in self._deviations:
            created_at = _created_at_value
        else:
            created_at: str | Unset = UNSET
            if not isinstance(_created_at_value, Unset):
                created_at = _created_at_value.isoformat()

        _updated_at_value = UNSET if self.updated_at is None else self.updated_at

        if "updatedAt" in self._deviations:
            updated_at = _updated_at_value
        else:
            updated_at: str | Unset = UNSET
            if not isinstance(_updated_at_value, Unset):
                updated_at = _updated_at_value.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _created_at_sent = d.pop("createdAt", UNSET)
        try:
            _created_at = _created_at_sent
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = datetime.datetime.fromisoformat(_created_at)

        except LENIENT_ERRORS:
            created_at = _created_at_sent
        created_at = read_member(
            _issues,
            "createdAt",
            created_at,
            (datetime.datetime,),
            None,
            False,
        )

        _updated_at_sent = d.pop("updatedAt", UNSET)
        try:
            _updated_at = _updated_at_sent
            updated_at: datetime.datetime | Unset
            if isinstance(_updated_at, Unset):
                updated_at = UNSET
            else:
                updated_at = datetime.datetime.fromisoformat(_updated_at)

        except LENIENT_ERRORS:
            updated_at = _updated_at_sent
        updated_at = read_member(
            _issues,
            "updatedAt",
            updated_at,
            (datetime.datetime,),
            None,
            False,
        )

        timestamps_meta = cls(
            created_at=None if isinstance(created_at, Unset) else created_at,
            updated_at=None if isinstance(updated_at, Unset) else updated_at,
        )

        timestamps_meta._deviations = _issues

        timestamps_meta.additional_properties = d
        return timestamps_meta

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
