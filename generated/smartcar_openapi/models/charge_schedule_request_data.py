from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.charge_schedule_attributes import ChargeScheduleAttributes


T = TypeVar("T", bound="ChargeScheduleRequestData")


@_attrs_define
class ChargeScheduleRequestData:
    """
    Attributes:
        attributes (ChargeScheduleAttributes): A schedule at a location between two local times (`HH:mm`).
    """

    attributes: ChargeScheduleAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_schedule_attributes import ChargeScheduleAttributes  # noqa: PLC0415

        d = dict(src_dict)
        attributes = ChargeScheduleAttributes.from_dict(d.pop("attributes"))

        charge_schedule_request_data = cls(
            attributes=attributes,
        )

        charge_schedule_request_data.additional_properties = d
        return charge_schedule_request_data

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
