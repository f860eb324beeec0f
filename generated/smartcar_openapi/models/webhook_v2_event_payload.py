from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="WebhookV2EventPayload")


@_attrs_define
class WebhookV2EventPayload:
    """
    Attributes:
        event_type (str): Known values: CHARGING_STARTED, CHARGING_STOPPED, CHARGING_COMPLETED.
        event_id (str | None):
        vehicle_id (str | None):
        event_time (str | None): ISO 8601 date-time of the event.
    """

    event_type: str
    event_id: str | None = None
    vehicle_id: str | None = None
    event_time: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        _event_id_value = UNSET if self.event_id is None else self.event_id

        event_id = _event_id_value

        _vehicle_id_value = UNSET if self.vehicle_id is None else self.vehicle_id

        vehicle_id = _vehicle_id_value

        _event_time_value = UNSET if self.event_time is None else self.event_time

        event_time = _event_time_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if event_time is not UNSET:
            field_dict["eventTime"] = event_time
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _event_type_sent = d.pop("eventType", UNSET)
        event_type = read_member(
            _issues,
            "eventType",
            _event_type_sent,
            (str,),
            None,
            True,
        )

        _event_id_sent = d.pop("eventId", UNSET)
        event_id = read_member(
            _issues,
            "eventId",
            _event_id_sent,
            (str,),
            None,
            False,
        )

        _vehicle_id_sent = d.pop("vehicleId", UNSET)
        vehicle_id = read_member(
            _issues,
            "vehicleId",
            _vehicle_id_sent,
            (str,),
            None,
            False,
        )

        _event_time_sent = d.pop("eventTime", UNSET)
        event_time = read_member(
            _issues,
            "eventTime",
            _event_time_sent,
            (str,),
            None,
            False,
        )

        webhook_v2_event_payload = cls(
            event_type=event_type,
            event_id=None if isinstance(event_id, Unset) else event_id,
            vehicle_id=None if isinstance(vehicle_id, Unset) else vehicle_id,
            event_time=None if isinstance(event_time, Unset) else event_time,
        )

        webhook_v2_event_payload._deviations = _issues

        webhook_v2_event_payload.additional_properties = d
        return webhook_v2_event_payload

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
