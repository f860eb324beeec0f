from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        _user_value = UNSET if self.user is None else self.user

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(_user_value, Unset):
            user = _user_value.to_dict()

        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(_vehicle_value, Unset):
            vehicle = _vehicle_value.to_dict()

        _signals_value = UNSET if self.signals is None else self.signals

        signals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_signals_value, Unset):
            signals = []
            for signals_item_data in _signals_value:
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
        _user = d.pop("user", UNSET)
        user: WebhookV4User | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = WebhookV4User.from_dict(_user)

        _vehicle = d.pop("vehicle", UNSET)
        vehicle: WebhookV4Vehicle | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = WebhookV4Vehicle.from_dict(_vehicle)

        _signals = d.pop("signals", UNSET)
        signals: list[WebhookV4Signal] | Unset = UNSET
        if _signals is not UNSET:
            signals = []
            for signals_item_data in _signals:
                signals_item = WebhookV4Signal.from_dict(signals_item_data)

                signals.append(signals_item)

        webhook_v4_vehicle_state_data = cls(
            user=None if isinstance(user, Unset) else user,
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
            signals=None if isinstance(signals, Unset) else signals,
        )

        webhook_v4_vehicle_state_data.additional_properties = d
        return webhook_v4_vehicle_state_data

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
