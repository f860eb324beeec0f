from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, read_member

T = TypeVar("T", bound="WebhookSubscription")


@_attrs_define
class WebhookSubscription:
    """A webhook subscription: `webhook_id` and `vehicle_id`.

    Attributes:
        webhook_id (str): Webhook id.
        vehicle_id (str): Smartcar vehicle id.
    """

    webhook_id: str
    vehicle_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        webhook_id = self.webhook_id

        vehicle_id = self.vehicle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookId": webhook_id,
                "vehicleId": vehicle_id,
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
        _webhook_id_sent = d.pop("webhookId", UNSET)
        webhook_id = read_member(
            _issues,
            "webhookId",
            _webhook_id_sent,
            (str,),
            None,
            True,
        )

        _vehicle_id_sent = d.pop("vehicleId", UNSET)
        vehicle_id = read_member(
            _issues,
            "vehicleId",
            _vehicle_id_sent,
            (str,),
            None,
            True,
        )

        webhook_subscription = cls(
            webhook_id=webhook_id,
            vehicle_id=vehicle_id,
        )

        webhook_subscription._deviations = _issues

        webhook_subscription.additional_properties = d
        return webhook_subscription

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
