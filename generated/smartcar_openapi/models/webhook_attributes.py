from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_signal_ref import WebhookSignalRef


T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    """
    Attributes:
        name (str | Unset):
        callback_uri (str | Unset):
        is_enabled (bool | Unset):
        triggers (list[WebhookSignalRef] | Unset):
        data (list[WebhookSignalRef] | Unset):
        error_callback_uri (None | str | Unset):
        auto_subscribe (bool | Unset):
    """

    name: str | Unset = UNSET
    callback_uri: str | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    triggers: list[WebhookSignalRef] | Unset = UNSET
    data: list[WebhookSignalRef] | Unset = UNSET
    error_callback_uri: None | str | Unset = UNSET
    auto_subscribe: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        callback_uri = self.callback_uri

        is_enabled = self.is_enabled

        triggers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.triggers, Unset):
            triggers = []
            for triggers_item_data in self.triggers:
                triggers_item = triggers_item_data.to_dict()
                triggers.append(triggers_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        error_callback_uri: None | str | Unset
        if isinstance(self.error_callback_uri, Unset):
            error_callback_uri = UNSET
        else:
            error_callback_uri = self.error_callback_uri

        auto_subscribe = self.auto_subscribe

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if callback_uri is not UNSET:
            field_dict["callbackUri"] = callback_uri
        if is_enabled is not UNSET:
            field_dict["isEnabled"] = is_enabled
        if triggers is not UNSET:
            field_dict["triggers"] = triggers
        if data is not UNSET:
            field_dict["data"] = data
        if error_callback_uri is not UNSET:
            field_dict["errorCallbackUri"] = error_callback_uri
        if auto_subscribe is not UNSET:
            field_dict["autoSubscribe"] = auto_subscribe

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_signal_ref import WebhookSignalRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        callback_uri = d.pop("callbackUri", UNSET)

        is_enabled = d.pop("isEnabled", UNSET)

        _triggers = d.pop("triggers", UNSET)
        triggers: list[WebhookSignalRef] | Unset = UNSET
        if _triggers is not UNSET:
            triggers = []
            for triggers_item_data in _triggers:
                triggers_item = WebhookSignalRef.from_dict(triggers_item_data)

                triggers.append(triggers_item)

        _data = d.pop("data", UNSET)
        data: list[WebhookSignalRef] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = WebhookSignalRef.from_dict(data_item_data)

                data.append(data_item)

        def _parse_error_callback_uri(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_callback_uri = _parse_error_callback_uri(d.pop("errorCallbackUri", UNSET))

        auto_subscribe = d.pop("autoSubscribe", UNSET)

        webhook_attributes = cls(
            name=name,
            callback_uri=callback_uri,
            is_enabled=is_enabled,
            triggers=triggers,
            data=data,
            error_callback_uri=error_callback_uri,
            auto_subscribe=auto_subscribe,
        )

        webhook_attributes.additional_properties = d
        return webhook_attributes

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
