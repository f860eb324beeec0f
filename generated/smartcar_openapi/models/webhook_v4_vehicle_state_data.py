from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.webhook_v4_signal import WebhookV4Signal
    from ..models.webhook_v4_user import WebhookV4User
    from ..models.webhook_v4_vehicle import WebhookV4Vehicle


T = TypeVar("T", bound="WebhookV4VehicleStateData")


@_attrs_define
class WebhookV4VehicleStateData:
    """
    Attributes:
        user (WebhookV4User | None):
        vehicle (WebhookV4Vehicle | None):
        signals (list[WebhookV4Signal] | None):
    """

    user: WebhookV4User | None = None
    vehicle: WebhookV4Vehicle | None = None
    signals: list[WebhookV4Signal] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_v4_signal import WebhookV4Signal  # noqa: PLC0415

        _user_value = UNSET if self.user is None else self.user

        if "user" in self._deviations:
            user = _user_value
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(_user_value, Unset):
                user = _user_value.to_dict()

        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        if "vehicle" in self._deviations:
            vehicle = _vehicle_value
        else:
            vehicle: dict[str, Any] | Unset = UNSET
            if not isinstance(_vehicle_value, Unset):
                vehicle = _vehicle_value.to_dict()

        _signals_value = UNSET if self.signals is None else self.signals

        if "signals" in self._deviations:
            signals = _signals_value
        else:
            signals: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_signals_value, Unset):
                signals = []
                for signals_item_data in _signals_value:
                    if not isinstance(signals_item_data, WebhookV4Signal):
                        signals.append(signals_item_data)
                        continue
                    signals_item = signals_item_data.to_dict()
                    signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle
        if signals is not UNSET:
            field_dict["signals"] = signals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_v4_signal import WebhookV4Signal  # noqa: PLC0415
        from ..models.webhook_v4_user import WebhookV4User  # noqa: PLC0415
        from ..models.webhook_v4_vehicle import WebhookV4Vehicle  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _user_sent = d.pop("user", UNSET)
        try:
            _user = _user_sent
            user: WebhookV4User | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = WebhookV4User.from_dict(_user)

        except LENIENT_ERRORS:
            user = _user_sent
        user = read_member(
            _issues,
            "user",
            user,
            (WebhookV4User,),
            None,
            False,
        )

        _vehicle_sent = d.pop("vehicle", UNSET)
        try:
            _vehicle = _vehicle_sent
            vehicle: WebhookV4Vehicle | Unset
            if isinstance(_vehicle, Unset):
                vehicle = UNSET
            else:
                vehicle = WebhookV4Vehicle.from_dict(_vehicle)

        except LENIENT_ERRORS:
            vehicle = _vehicle_sent
        vehicle = read_member(
            _issues,
            "vehicle",
            vehicle,
            (WebhookV4Vehicle,),
            None,
            False,
        )

        _signals_sent = d.pop("signals", UNSET)
        try:
            _signals = _signals_sent
            signals: list[WebhookV4Signal] | Unset = UNSET
            if _signals is not UNSET:
                if not isinstance(_signals, list):
                    raise TypeError(f"expected a list, got {type(_signals).__name__}")
                signals = []
                for signals_item_data in _signals:
                    try:
                        signals_item = WebhookV4Signal.from_dict(signals_item_data)

                    except LENIENT_ERRORS:
                        signals_item = signals_item_data
                    signals.append(signals_item)

        except LENIENT_ERRORS:
            signals = _signals_sent
        signals = read_member(
            _issues,
            "signals",
            signals,
            (list,),
            (WebhookV4Signal,),
            False,
        )

        webhook_v4_vehicle_state_data = cls(
            user=None if isinstance(user, Unset) else user,
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
            signals=None if isinstance(signals, Unset) else signals,
        )

        webhook_v4_vehicle_state_data._deviations = _issues

        webhook_v4_vehicle_state_data.additional_properties = d
        return webhook_v4_vehicle_state_data

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
