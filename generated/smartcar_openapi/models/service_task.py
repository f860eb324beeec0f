from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

T = TypeVar("T", bound="ServiceTask")


@_attrs_define
class ServiceTask:
    """
    Attributes:
        task_id (int | None | str): Task id.
        task_description (None | str): What was done, for example `oil change`.
    """

    task_id: int | None | str
    task_description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "taskId" in self._deviations:
            task_id = self.task_id
        else:
            task_id: int | None | str
            task_id = self.task_id

        if "taskDescription" in self._deviations:
            task_description = self.task_description
        else:
            task_description: None | str
            task_description = self.task_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taskId": task_id,
                "taskDescription": task_description,
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
        _task_id_sent = d.pop("taskId", UNSET)
        try:

            def _parse_task_id(data: object) -> int | None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(int | None | str, data)

            task_id = _parse_task_id(_task_id_sent)

        except LENIENT_ERRORS:
            task_id = _task_id_sent
        task_id = read_member(
            _issues,
            "taskId",
            task_id,
            (
                int,
                str,
                None,
            ),
            None,
            True,
        )

        _task_description_sent = d.pop("taskDescription", UNSET)
        try:

            def _parse_task_description(data: object) -> None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str, data)

            task_description = _parse_task_description(_task_description_sent)

        except LENIENT_ERRORS:
            task_description = _task_description_sent
        task_description = read_member(
            _issues,
            "taskDescription",
            task_description,
            (
                str,
                None,
            ),
            None,
            True,
        )

        service_task = cls(
            task_id=task_id,
            task_description=task_description,
        )

        service_task._deviations = _issues

        service_task.additional_properties = d
        return service_task

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
