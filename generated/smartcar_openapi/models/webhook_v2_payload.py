from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

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

        if "payload" in self._deviations:
            payload = _payload_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v2_event_payload import WebhookV2EventPayload  # noqa: PLC0415
        from ..models.webhook_v2_vehicles_payload import WebhookV2VehiclesPayload  # noqa: PLC0415
        from ..models.webhook_v2_verify_payload import WebhookV2VerifyPayload  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _event_name_sent = d.pop("eventName", UNSET)
        event_name = read_member(
            _issues,
            "eventName",
            _event_name_sent,
            (str,),
            None,
            True,
        )

        _version_sent = d.pop("version", UNSET)
        version = read_member(
            _issues,
            "version",
            _version_sent,
            (str,),
            None,
            False,
        )

        _webhook_id_sent = d.pop("webhookId", UNSET)
        webhook_id = read_member(
            _issues,
            "webhookId",
            _webhook_id_sent,
            (str,),
            None,
            False,
        )

        _mode_sent = d.pop("mode", UNSET)
        mode = read_member(
            _issues,
            "mode",
            _mode_sent,
            (str,),
            None,
            False,
        )

        _payload_sent = d.pop("payload", UNSET)
        try:

            def _parse_payload(
                data: object,
            ) -> Unset | WebhookV2EventPayload | WebhookV2VehiclesPayload | WebhookV2VerifyPayload:
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_0 = WebhookV2VerifyPayload.from_dict(data)

                    if not getattr(payload_type_0, "_deviations", None):
                        return payload_type_0
                    _candidates.append(payload_type_0)
                except LENIENT_ERRORS:
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_1 = WebhookV2VehiclesPayload.from_dict(data)

                    if not getattr(payload_type_1, "_deviations", None):
                        return payload_type_1
                    _candidates.append(payload_type_1)
                except LENIENT_ERRORS:
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payload_type_2 = WebhookV2EventPayload.from_dict(data)

                    if not getattr(payload_type_2, "_deviations", None):
                        return payload_type_2
                    _candidates.append(payload_type_2)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                raise TypeError("no arm of the union fits")

            payload = _parse_payload(_payload_sent)

        except LENIENT_ERRORS:
            payload = _payload_sent
        payload = read_member(
            _issues,
            "payload",
            payload,
            (
                WebhookV2VerifyPayload,
                WebhookV2VehiclesPayload,
                WebhookV2EventPayload,
            ),
            None,
            False,
        )

        webhook_v2_payload = cls(
            event_name=event_name,
            version=None if isinstance(version, Unset) else version,
            webhook_id=None if isinstance(webhook_id, Unset) else webhook_id,
            mode=None if isinstance(mode, Unset) else mode,
            payload=None if isinstance(payload, Unset) else payload,
        )

        webhook_v2_payload._deviations = _issues

        webhook_v2_payload.additional_properties = d
        return webhook_v2_payload

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
