from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_v2_vehicle import WebhookV2Vehicle


T = TypeVar("T", bound="WebhookV2VehiclesPayload")


@_attrs_define
class WebhookV2VehiclesPayload:
    """
    Attributes:
        vehicles (list[WebhookV2Vehicle]):
    """

    vehicles: list[WebhookV2Vehicle]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vehicles = []
        for vehicles_item_data in self.vehicles:
            vehicles_item = vehicles_item_data.to_dict()
            vehicles.append(vehicles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicles": vehicles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v2_vehicle import WebhookV2Vehicle  # noqa: PLC0415

        d = dict(src_dict)
        vehicles = []
        _vehicles = d.pop("vehicles")
        for vehicles_item_data in _vehicles:
            vehicles_item = WebhookV2Vehicle.from_dict(vehicles_item_data)

            vehicles.append(vehicles_item)

        webhook_v2_vehicles_payload = cls(
            vehicles=vehicles,
        )

        webhook_v2_vehicles_payload.additional_properties = d
        return webhook_v2_vehicles_payload

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
