from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _executed_at_value = (
            UNSET if self.executed_at is None and "executed_at" not in self._sent_nulls else self.executed_at
        )

        if "executedAt" in self._deviations:
            executed_at = _executed_at_value
        else:
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

        if "completedAt" in self._deviations:
            completed_at = _completed_at_value
        else:
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
        _issues: dict[str, str] = {}
        _executed_at_sent = d.pop("executedAt", UNSET)
        try:

            def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    executed_at_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(executed_at_type_0, "_deviations", None):
                        return executed_at_type_0
                    _candidates.append(executed_at_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(datetime.datetime | None | Unset, data)

            executed_at = _parse_executed_at(_executed_at_sent)

        except LENIENT_ERRORS:
            executed_at = _executed_at_sent
        executed_at = read_member(
            _issues,
            "executedAt",
            executed_at,
            (
                datetime.datetime,
                None,
            ),
            None,
            False,
        )

        _completed_at_sent = d.pop("completedAt", UNSET)
        try:

            def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(completed_at_type_0, "_deviations", None):
                        return completed_at_type_0
                    _candidates.append(completed_at_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(datetime.datetime | None | Unset, data)

            completed_at = _parse_completed_at(_completed_at_sent)

        except LENIENT_ERRORS:
            completed_at = _completed_at_sent
        completed_at = read_member(
            _issues,
            "completedAt",
            completed_at,
            (
                datetime.datetime,
                None,
            ),
            None,
            False,
        )

        _duration_in_seconds_sent = d.pop("durationInSeconds", UNSET)
        duration_in_seconds = read_member(
            _issues,
            "durationInSeconds",
            _duration_in_seconds_sent,
            (float,),
            None,
            False,
        )

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

        execution_meta._deviations = _issues

        execution_meta.additional_properties = d
        return execution_meta

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
