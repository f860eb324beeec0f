from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_v4_meta import WebhookV4Meta
    from ..models.webhook_v4_verify_data import WebhookV4VerifyData


T = TypeVar("T", bound="WebhookV4VerifyEvent")


@_attrs_define
class WebhookV4VerifyEvent:
    """A VERIFY event; observed without `eventId` and `meta`, and unsigned.

    Attributes:
        event_type (str): `VERIFY`.
        data (WebhookV4VerifyData):
        event_id (str | None):
        meta (WebhookV4Meta | None): Delivery metadata; `version` and `webhookId` may be absent.
    """

    event_type: str
    data: WebhookV4VerifyData
    event_id: str | None = None
    meta: WebhookV4Meta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        data = self.data.to_dict()

        _event_id_value = UNSET if self.event_id is None else self.event_id

        event_id = _event_id_value

        _meta_value = UNSET if self.meta is None else self.meta

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventType": event_type,
                "data": data,
            }
        )
        if event_id is not UNSET:
            field_dict["eventId"] = event_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v4_meta import WebhookV4Meta  # noqa: PLC0415
        from ..models.webhook_v4_verify_data import WebhookV4VerifyData  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("eventType")

        data = WebhookV4VerifyData.from_dict(d.pop("data"))

        event_id = d.pop("eventId", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: WebhookV4Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = WebhookV4Meta.from_dict(_meta)

        webhook_v4_verify_event = cls(
            event_type=event_type,
            data=data,
            event_id=None if isinstance(event_id, Unset) else event_id,
            meta=None if isinstance(meta, Unset) else meta,
        )

        webhook_v4_verify_event.additional_properties = d
        return webhook_v4_verify_event

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
