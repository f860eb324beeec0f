from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        if "data" in self._deviations:
            data = self.data
        else:
            data = self.data.to_dict()

        _event_id_value = UNSET if self.event_id is None else self.event_id

        event_id = _event_id_value

        _meta_value = UNSET if self.meta is None else self.meta

        if "meta" in self._deviations:
            meta = _meta_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v4_meta import WebhookV4Meta  # noqa: PLC0415
        from ..models.webhook_v4_verify_data import WebhookV4VerifyData  # noqa: PLC0415

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

        _data_sent = d.pop("data", UNSET)
        try:
            data = WebhookV4VerifyData.from_dict(_data_sent)

        except LENIENT_ERRORS:
            data = _data_sent
        data = read_member(
            _issues,
            "data",
            data,
            (WebhookV4VerifyData,),
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

        _meta_sent = d.pop("meta", UNSET)
        try:
            _meta = _meta_sent
            meta: WebhookV4Meta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = WebhookV4Meta.from_dict(_meta)

        except LENIENT_ERRORS:
            meta = _meta_sent
        meta = read_member(
            _issues,
            "meta",
            meta,
            (WebhookV4Meta,),
            None,
            False,
        )

        webhook_v4_verify_event = cls(
            event_type=event_type,
            data=data,
            event_id=None if isinstance(event_id, Unset) else event_id,
            meta=None if isinstance(meta, Unset) else meta,
        )

        webhook_v4_verify_event._deviations = _issues

        webhook_v4_verify_event.additional_properties = d
        return webhook_v4_verify_event

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
