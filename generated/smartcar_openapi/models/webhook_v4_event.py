from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_v4_meta import WebhookV4Meta
    from ..models.webhook_v4_trigger import WebhookV4Trigger


T = TypeVar("T", bound="WebhookV4Event")


@_attrs_define
class WebhookV4Event:
    """v4.0 webhook delivery envelope, common to all event types (`VERIFY`, `VEHICLE_STATE`,
    `VEHICLE_ERROR`). `data` depends on `eventType`; see the specific event schemas.

        Attributes:
            event_type (str): Known values: VERIFY, VEHICLE_STATE, VEHICLE_ERROR.
            event_id (str | None): Stable across retries; de-duplicate on it. A VERIFY event may come without it.
            vehicle_id (str | None):
            triggers (list[WebhookV4Trigger] | None):
            data (Any | None): Event data (`WebhookV4VerifyData`, `WebhookV4VehicleStateData` or
                `WebhookV4VehicleErrorData`).
            meta (WebhookV4Meta | None): Delivery metadata; `version` and `webhookId` may be absent.
    """

    event_type: str
    event_id: str | None = None
    vehicle_id: str | None = None
    triggers: list[WebhookV4Trigger] | None = None
    data: Any | None = None
    meta: WebhookV4Meta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        _event_id_value = UNSET if self.event_id is None else self.event_id

        event_id = _event_id_value

        _vehicle_id_value = UNSET if self.vehicle_id is None else self.vehicle_id

        vehicle_id = _vehicle_id_value

        _triggers_value = UNSET if self.triggers is None else self.triggers

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_triggers_value, Unset):
            triggers = []
            for triggers_item_data in _triggers_value:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        _data_value = UNSET if self.data is None else self.data

        data = _data_value

        _meta_value = UNSET if self.meta is None else self.meta

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()

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
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v4_meta import WebhookV4Meta  # noqa: PLC0415
        from ..models.webhook_v4_trigger import WebhookV4Trigger  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("eventType")

        event_id = d.pop("eventId", UNSET)

        vehicle_id = d.pop("vehicleId", UNSET)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[WebhookV4Trigger] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = WebhookV4Trigger.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        data = d.pop("data", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: WebhookV4Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = WebhookV4Meta.from_dict(_meta)

        webhook_v4_event = cls(
            event_type=event_type,
            event_id=None if isinstance(event_id, Unset) else event_id,
            vehicle_id=None if isinstance(vehicle_id, Unset) else vehicle_id,
            triggers=None if isinstance(triggers, Unset) else triggers,
            data=None if isinstance(data, Unset) else data,
            meta=None if isinstance(meta, Unset) else meta,
        )

        webhook_v4_event.additional_properties = d
        return webhook_v4_event

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
