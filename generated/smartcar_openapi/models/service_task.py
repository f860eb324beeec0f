from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        task_id: int | None | str
        task_id = self.task_id

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_task_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        task_id = _parse_task_id(d.pop("taskId"))

        def _parse_task_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        task_description = _parse_task_description(d.pop("taskDescription"))

        service_task = cls(
            task_id=task_id,
            task_description=task_description,
        )

        service_task.additional_properties = d
        return service_task

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
