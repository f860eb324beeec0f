from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_v2_vehicle import WebhookV2Vehicle  # noqa: PLC0415

        if "vehicles" in self._deviations:
            vehicles = self.vehicles
        else:
            vehicles = []
            for vehicles_item_data in self.vehicles:
                if not isinstance(vehicles_item_data, WebhookV2Vehicle):
                    vehicles.append(vehicles_item_data)
                    continue
                vehicles_item = vehicles_item_data.to_dict()
                vehicles.append(vehicles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicles": vehicles,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v2_vehicle import WebhookV2Vehicle  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _vehicles_sent = d.pop("vehicles", UNSET)
        try:
            vehicles = []
            _vehicles = _vehicles_sent
            if not isinstance(_vehicles, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_vehicles).__name__}")
            for vehicles_item_data in _vehicles:
                try:
                    vehicles_item = WebhookV2Vehicle.from_dict(vehicles_item_data)

                except LENIENT_ERRORS:
                    vehicles_item = vehicles_item_data
                vehicles.append(vehicles_item)

        except LENIENT_ERRORS:
            vehicles = _vehicles_sent
        vehicles = read_member(
            _issues,
            "vehicles",
            vehicles,
            (list,),
            (WebhookV2Vehicle,),
            True,
        )

        webhook_v2_vehicles_payload = cls(
            vehicles=vehicles,
        )

        webhook_v2_vehicles_payload._deviations = _issues

        webhook_v2_vehicles_payload.additional_properties = d
        return webhook_v2_vehicles_payload

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
