from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="WebhookV4Meta")


@_attrs_define
class WebhookV4Meta:
    """Delivery metadata; `version` and `webhookId` may be absent.

    Attributes:
        version (str | None): `4.0`.
        webhook_id (str | None):
        webhook_name (str | None):
        delivery_id (str | None): Changes on every delivery attempt.
        delivered_at (int | str | None): Delivery time, epoch milliseconds (some pages show an ISO 8601 string).
        delivery_time (int | None): Delivery time, epoch milliseconds.
        mode (str | None): `LIVE` or `TEST`.
        signal_count (int | None):
    """

    version: str | None = None
    webhook_id: str | None = None
    webhook_name: str | None = None
    delivery_id: str | None = None
    delivered_at: int | str | None = None
    delivery_time: int | None = None
    mode: str | None = None
    signal_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _version_value = UNSET if self.version is None else self.version

        version = _version_value

        _webhook_id_value = UNSET if self.webhook_id is None else self.webhook_id

        webhook_id = _webhook_id_value

        _webhook_name_value = UNSET if self.webhook_name is None else self.webhook_name

        webhook_name = _webhook_name_value

        _delivery_id_value = UNSET if self.delivery_id is None else self.delivery_id

        delivery_id = _delivery_id_value

        _delivered_at_value = UNSET if self.delivered_at is None else self.delivered_at

        if "deliveredAt" in self._deviations:
            delivered_at = _delivered_at_value
        else:
            delivered_at: int | str | Unset
            if isinstance(_delivered_at_value, Unset):
                delivered_at = UNSET
            else:
                delivered_at = _delivered_at_value

        _delivery_time_value = UNSET if self.delivery_time is None else self.delivery_time

        delivery_time = _delivery_time_value

        _mode_value = UNSET if self.mode is None else self.mode

        mode = _mode_value

        _signal_count_value = UNSET if self.signal_count is None else self.signal_count

        signal_count = _signal_count_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id
        if webhook_name is not UNSET:
            field_dict["webhookName"] = webhook_name
        if delivery_id is not UNSET:
            field_dict["deliveryId"] = delivery_id
        if delivered_at is not UNSET:
            field_dict["deliveredAt"] = delivered_at
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if mode is not UNSET:
            field_dict["mode"] = mode
        if signal_count is not UNSET:
            field_dict["signalCount"] = signal_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
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

        _webhook_name_sent = d.pop("webhookName", UNSET)
        webhook_name = read_member(
            _issues,
            "webhookName",
            _webhook_name_sent,
            (str,),
            None,
            False,
        )

        _delivery_id_sent = d.pop("deliveryId", UNSET)
        delivery_id = read_member(
            _issues,
            "deliveryId",
            _delivery_id_sent,
            (str,),
            None,
            False,
        )

        _delivered_at_sent = d.pop("deliveredAt", UNSET)
        try:

            def _parse_delivered_at(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(int | str | Unset, data)

            delivered_at = _parse_delivered_at(_delivered_at_sent)

        except LENIENT_ERRORS:
            delivered_at = _delivered_at_sent
        delivered_at = read_member(
            _issues,
            "deliveredAt",
            delivered_at,
            (
                int,
                str,
            ),
            None,
            False,
        )

        _delivery_time_sent = d.pop("deliveryTime", UNSET)
        delivery_time = read_member(
            _issues,
            "deliveryTime",
            _delivery_time_sent,
            (int,),
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

        _signal_count_sent = d.pop("signalCount", UNSET)
        signal_count = read_member(
            _issues,
            "signalCount",
            _signal_count_sent,
            (int,),
            None,
            False,
        )

        webhook_v4_meta = cls(
            version=None if isinstance(version, Unset) else version,
            webhook_id=None if isinstance(webhook_id, Unset) else webhook_id,
            webhook_name=None if isinstance(webhook_name, Unset) else webhook_name,
            delivery_id=None if isinstance(delivery_id, Unset) else delivery_id,
            delivered_at=None if isinstance(delivered_at, Unset) else delivered_at,
            delivery_time=None if isinstance(delivery_time, Unset) else delivery_time,
            mode=None if isinstance(mode, Unset) else mode,
            signal_count=None if isinstance(signal_count, Unset) else signal_count,
        )

        webhook_v4_meta._deviations = _issues

        webhook_v4_meta.additional_properties = d
        return webhook_v4_meta

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
