from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionMeta")


@_attrs_define
class ExecutionMeta:
    """
    Attributes:
        executed_at (datetime.datetime | None):
        completed_at (datetime.datetime | None): Null while a long-running command has not completed.
        duration_in_seconds (float | None):
    """

    executed_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    duration_in_seconds: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        _executed_at_value = (
            UNSET if self.executed_at is None and "executed_at" not in self._sent_nulls else self.executed_at
        )

        executed_at: None | str | Unset
        if isinstance(_executed_at_value, Unset):
            executed_at = UNSET
        elif isinstance(_executed_at_value, datetime.datetime):
            executed_at = _executed_at_value.isoformat()
        else:
            executed_at = _executed_at_value

        _completed_at_value = (
            UNSET if self.completed_at is None and "completed_at" not in self._sent_nulls else self.completed_at
        )

        completed_at: None | str | Unset
        if isinstance(_completed_at_value, Unset):
            completed_at = UNSET
        elif isinstance(_completed_at_value, datetime.datetime):
            completed_at = _completed_at_value.isoformat()
        else:
            completed_at = _completed_at_value

        _duration_in_seconds_value = UNSET if self.duration_in_seconds is None else self.duration_in_seconds

        duration_in_seconds = _duration_in_seconds_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if executed_at is not UNSET:
            field_dict["executedAt"] = executed_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_at_type_0 = datetime.datetime.fromisoformat(data)

                return executed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executedAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        duration_in_seconds = d.pop("durationInSeconds", UNSET)

        execution_meta = cls(
            executed_at=None if isinstance(executed_at, Unset) else executed_at,
            completed_at=None if isinstance(completed_at, Unset) else completed_at,
            duration_in_seconds=None if isinstance(duration_in_seconds, Unset) else duration_in_seconds,
        )
        execution_meta._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("executed_at", executed_at),
                ("completed_at", completed_at),
            )
            if field_value is None
        )

        execution_meta.additional_properties = d
        return execution_meta

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
