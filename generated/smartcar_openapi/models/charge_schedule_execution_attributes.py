from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_schedule_execution_attributes_parameters import ChargeScheduleExecutionAttributesParameters
    from ..models.execution_status import ExecutionStatus


T = TypeVar("T", bound="ChargeScheduleExecutionAttributes")


@_attrs_define
class ChargeScheduleExecutionAttributes:
    """
    Attributes:
        status (ExecutionStatus):
        action (str | None): `create` (documented) or `delete`.
        schedule_type (str | None): `daily`, `weekly` or `workweek`.
        execution_mode (str | None):
        schedule_id (str | None):
        parameters (ChargeScheduleExecutionAttributesParameters | None):
    """

    status: ExecutionStatus
    action: str | None = None
    schedule_type: str | None = None
    execution_mode: str | None = None
    schedule_id: str | None = None
    parameters: ChargeScheduleExecutionAttributesParameters | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        _action_value = UNSET if self.action is None else self.action

        action = _action_value

        _schedule_type_value = UNSET if self.schedule_type is None else self.schedule_type

        schedule_type = _schedule_type_value

        _execution_mode_value = UNSET if self.execution_mode is None else self.execution_mode

        execution_mode = _execution_mode_value

        _schedule_id_value = UNSET if self.schedule_id is None else self.schedule_id

        schedule_id = _schedule_id_value

        _parameters_value = UNSET if self.parameters is None else self.parameters

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(_parameters_value, Unset):
            parameters = _parameters_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if schedule_type is not UNSET:
            field_dict["scheduleType"] = schedule_type
        if execution_mode is not UNSET:
            field_dict["executionMode"] = execution_mode
        if schedule_id is not UNSET:
            field_dict["scheduleId"] = schedule_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_schedule_execution_attributes_parameters import ChargeScheduleExecutionAttributesParameters  # noqa: PLC0415
        from ..models.execution_status import ExecutionStatus  # noqa: PLC0415

        d = dict(src_dict)
        status = ExecutionStatus.from_dict(d.pop("status"))

        action = d.pop("action", UNSET)

        schedule_type = d.pop("scheduleType", UNSET)

        execution_mode = d.pop("executionMode", UNSET)

        schedule_id = d.pop("scheduleId", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: ChargeScheduleExecutionAttributesParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = ChargeScheduleExecutionAttributesParameters.from_dict(_parameters)

        charge_schedule_execution_attributes = cls(
            status=status,
            action=None if isinstance(action, Unset) else action,
            schedule_type=None if isinstance(schedule_type, Unset) else schedule_type,
            execution_mode=None if isinstance(execution_mode, Unset) else execution_mode,
            schedule_id=None if isinstance(schedule_id, Unset) else schedule_id,
            parameters=None if isinstance(parameters, Unset) else parameters,
        )

        charge_schedule_execution_attributes.additional_properties = d
        return charge_schedule_execution_attributes

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
