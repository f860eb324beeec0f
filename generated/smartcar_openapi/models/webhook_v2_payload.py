from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_v2_event_payload import WebhookV2EventPayload
    from ..models.webhook_v2_vehicles_payload import WebhookV2VehiclesPayload
    from ..models.webhook_v2_verify_payload import WebhookV2VerifyPayload


T = TypeVar("T", bound="WebhookV2Payload")


@_attrs_define
class WebhookV2Payload:
    """Legacy (v2.0) webhook delivery envelope.

    Attributes:
        event_name (str): Known values: verify, scheduled (older pages: schedule), dynamic, eventBased.
        version (str | None): `2.0`.
        webhook_id (str | None):
        mode (str | None): live, test or simulated.
        payload (WebhookV2EventPayload | WebhookV2VehiclesPayload | WebhookV2VerifyPayload | None):
    """

    event_name: str
    version: str | None = None
    webhook_id: str | None = None
    mode: str | None = None
    payload: WebhookV2EventPayload | WebhookV2VehiclesPayload | WebhookV2VerifyPayload | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_v2_vehicles_payload import WebhookV2VehiclesPayload  # noqa: PLC0415
        from ..models.webhook_v2_verify_payload import WebhookV2VerifyPayload  # noqa: PLC0415

        event_name = self.event_name

        _version_value = UNSET if self.version is None else self.version

        version = _version_value

        _webhook_id_value = UNSET if self.webhook_id is None else self.webhook_id

        webhook_id = _webhook_id_value

        _mode_value = UNSET if self.mode is None else self.mode

        mode = _mode_value

        _payload_value = UNSET if self.payload is None else self.payload

        payload: dict[str, Any] | Unset
        if isinstance(_payload_value, Unset):
            payload = UNSET
        elif isinstance(_payload_value, WebhookV2VerifyPayload):
            payload = _payload_value.to_dict()
        elif isinstance(_payload_value, WebhookV2VehiclesPayload):
            payload = _payload_value.to_dict()
        else:
            payload = _payload_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventName": event_name,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v2_event_payload import WebhookV2EventPayload  # noqa: PLC0415
        from ..models.webhook_v2_vehicles_payload import WebhookV2VehiclesPayload  # noqa: PLC0415
        from ..models.webhook_v2_verify_payload import WebhookV2VerifyPayload  # noqa: PLC0415

        d = dict(src_dict)
        event_name = d.pop("eventName")

        version = d.pop("version", UNSET)

        webhook_id = d.pop("webhookId", UNSET)

        mode = d.pop("mode", UNSET)

        def _parse_payload(
            data: object,
        ) -> Unset | WebhookV2EventPayload | WebhookV2VehiclesPayload | WebhookV2VerifyPayload:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = WebhookV2VerifyPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_1 = WebhookV2VehiclesPayload.from_dict(data)

                return payload_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            payload_type_2 = WebhookV2EventPayload.from_dict(data)

            return payload_type_2

        payload = _parse_payload(d.pop("payload", UNSET))

        webhook_v2_payload = cls(
            event_name=event_name,
            version=None if isinstance(version, Unset) else version,
            webhook_id=None if isinstance(webhook_id, Unset) else webhook_id,
            mode=None if isinstance(mode, Unset) else mode,
            payload=None if isinstance(payload, Unset) else payload,
        )

        webhook_v2_payload.additional_properties = d
        return webhook_v2_payload

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
