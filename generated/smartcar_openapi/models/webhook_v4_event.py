from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_v4_trigger import WebhookV4Trigger  # noqa: PLC0415

        event_type = self.event_type

        _event_id_value = UNSET if self.event_id is None else self.event_id

        event_id = _event_id_value

        _vehicle_id_value = UNSET if self.vehicle_id is None else self.vehicle_id

        vehicle_id = _vehicle_id_value

        _triggers_value = UNSET if self.triggers is None else self.triggers

        if "triggers" in self._deviations:
            triggers = _triggers_value
        else:
            triggers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_triggers_value, Unset):
                triggers = []
                for triggers_item_data in _triggers_value:
                    if not isinstance(triggers_item_data, WebhookV4Trigger):
                        triggers.append(triggers_item_data)
                        continue
                    triggers_item = triggers_item_data.to_dict()
                    triggers.append(triggers_item)

        _data_value = UNSET if self.data is None else self.data

        data = _data_value

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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v4_meta import WebhookV4Meta  # noqa: PLC0415
        from ..models.webhook_v4_trigger import WebhookV4Trigger  # noqa: PLC0415

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

        _triggers_sent = d.pop("triggers", UNSET)
        try:
            _triggers = _triggers_sent
            triggers: list[WebhookV4Trigger] | Unset = UNSET
            if _triggers is not UNSET:
                if not isinstance(_triggers, list):
                    raise TypeError(f"expected a list, got {type(_triggers).__name__}")
                triggers = []
                for triggers_item_data in _triggers:
                    try:
                        triggers_item = WebhookV4Trigger.from_dict(triggers_item_data)

                    except LENIENT_ERRORS:
                        triggers_item = triggers_item_data
                    triggers.append(triggers_item)

        except LENIENT_ERRORS:
            triggers = _triggers_sent
        triggers = read_member(
            _issues,
            "triggers",
            triggers,
            (list,),
            (WebhookV4Trigger,),
            False,
        )

        _data_sent = d.pop("data", UNSET)
        data = read_member(
            _issues,
            "data",
            _data_sent,
            None,
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

        webhook_v4_event = cls(
            event_type=event_type,
            event_id=None if isinstance(event_id, Unset) else event_id,
            vehicle_id=None if isinstance(vehicle_id, Unset) else vehicle_id,
            triggers=None if isinstance(triggers, Unset) else triggers,
            data=None if isinstance(data, Unset) else data,
            meta=None if isinstance(meta, Unset) else meta,
        )

        webhook_v4_event._deviations = _issues

        webhook_v4_event.additional_properties = d
        return webhook_v4_event

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
