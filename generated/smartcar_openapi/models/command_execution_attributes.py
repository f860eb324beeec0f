from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_execution_attributes_parameters import CommandExecutionAttributesParameters
    from ..models.execution_status import ExecutionStatus


T = TypeVar("T", bound="CommandExecutionAttributes")


@_attrs_define
class CommandExecutionAttributes:
    """
    Attributes:
        command_type (str): For example `security-unlock` or `charge-set-limit`.
        status (ExecutionStatus):
        execution_mode (str | None): `sync` is the documented value; open string.
        parameters (CommandExecutionAttributesParameters | None): Echo of the command's request attributes, when it has
            any.
    """

    command_type: str
    status: ExecutionStatus
    execution_mode: str | None = None
    parameters: CommandExecutionAttributesParameters | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_type = self.command_type

        status = self.status.to_dict()

        _execution_mode_value = UNSET if self.execution_mode is None else self.execution_mode

        execution_mode = _execution_mode_value

        _parameters_value = UNSET if self.parameters is None else self.parameters

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(_parameters_value, Unset):
            parameters = _parameters_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commandType": command_type,
                "status": status,
            }
        )
        if execution_mode is not UNSET:
            field_dict["executionMode"] = execution_mode
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.command_execution_attributes_parameters import CommandExecutionAttributesParameters  # noqa: PLC0415
        from ..models.execution_status import ExecutionStatus  # noqa: PLC0415

        d = dict(src_dict)
        command_type = d.pop("commandType")

        status = ExecutionStatus.from_dict(d.pop("status"))

        execution_mode = d.pop("executionMode", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: CommandExecutionAttributesParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = CommandExecutionAttributesParameters.from_dict(_parameters)

        command_execution_attributes = cls(
            command_type=command_type,
            status=status,
            execution_mode=None if isinstance(execution_mode, Unset) else execution_mode,
            parameters=None if isinstance(parameters, Unset) else parameters,
        )

        command_execution_attributes.additional_properties = d
        return command_execution_attributes

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
