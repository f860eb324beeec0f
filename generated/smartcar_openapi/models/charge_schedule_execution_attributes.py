from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "status" in self._deviations:
            status = self.status
        else:
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

        if "parameters" in self._deviations:
            parameters = _parameters_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_schedule_execution_attributes_parameters import ChargeScheduleExecutionAttributesParameters  # noqa: PLC0415
        from ..models.execution_status import ExecutionStatus  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _status_sent = d.pop("status", UNSET)
        try:
            status = ExecutionStatus.from_dict(_status_sent)

        except LENIENT_ERRORS:
            status = _status_sent
        status = read_member(
            _issues,
            "status",
            status,
            (ExecutionStatus,),
            None,
            True,
        )

        _action_sent = d.pop("action", UNSET)
        action = read_member(
            _issues,
            "action",
            _action_sent,
            (str,),
            None,
            False,
        )

        _schedule_type_sent = d.pop("scheduleType", UNSET)
        schedule_type = read_member(
            _issues,
            "scheduleType",
            _schedule_type_sent,
            (str,),
            None,
            False,
        )

        _execution_mode_sent = d.pop("executionMode", UNSET)
        execution_mode = read_member(
            _issues,
            "executionMode",
            _execution_mode_sent,
            (str,),
            None,
            False,
        )

        _schedule_id_sent = d.pop("scheduleId", UNSET)
        schedule_id = read_member(
            _issues,
            "scheduleId",
            _schedule_id_sent,
            (str,),
            None,
            False,
        )

        _parameters_sent = d.pop("parameters", UNSET)
        try:
            _parameters = _parameters_sent
            parameters: ChargeScheduleExecutionAttributesParameters | Unset
            if isinstance(_parameters, Unset):
                parameters = UNSET
            else:
                parameters = ChargeScheduleExecutionAttributesParameters.from_dict(_parameters)

        except LENIENT_ERRORS:
            parameters = _parameters_sent
        parameters = read_member(
            _issues,
            "parameters",
            parameters,
            (ChargeScheduleExecutionAttributesParameters,),
            None,
            False,
        )

        charge_schedule_execution_attributes = cls(
            status=status,
            action=None if isinstance(action, Unset) else action,
            schedule_type=None if isinstance(schedule_type, Unset) else schedule_type,
            execution_mode=None if isinstance(execution_mode, Unset) else execution_mode,
            schedule_id=None if isinstance(schedule_id, Unset) else schedule_id,
            parameters=None if isinstance(parameters, Unset) else parameters,
        )

        charge_schedule_execution_attributes._deviations = _issues

        charge_schedule_execution_attributes.additional_properties = d
        return charge_schedule_execution_attributes

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
