from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_resolution import ErrorResolution
    from ..models.webhook_v4_signal_ref import WebhookV4SignalRef


T = TypeVar("T", bound="WebhookV4VehicleError")


@_attrs_define
class WebhookV4VehicleError:
    """
    Attributes:
        type_ (str | Unset):
        code (None | str | Unset):
        state (str | Unset): Known values: ERROR, RESOLVED.
        description (str | Unset):
        suggested_user_message (str | Unset):
        doc_url (str | Unset):
        resolution (ErrorResolution | None | str | Unset):
        signals (list[WebhookV4SignalRef] | Unset):
    """

    type_: str | Unset = UNSET
    code: None | str | Unset = UNSET
    state: str | Unset = UNSET
    description: str | Unset = UNSET
    suggested_user_message: str | Unset = UNSET
    doc_url: str | Unset = UNSET
    resolution: ErrorResolution | None | str | Unset = UNSET
    signals: list[WebhookV4SignalRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415

        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        state = self.state

        description = self.description

        suggested_user_message = self.suggested_user_message

        doc_url = self.doc_url

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        signals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = []
            for signals_item_data in self.signals:
                signals_item = signals_item_data.to_dict()
                signals.append(signals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if state is not UNSET:
            field_dict["state"] = state
        if description is not UNSET:
            field_dict["description"] = description
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message
        if doc_url is not UNSET:
            field_dict["docURL"] = doc_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if signals is not UNSET:
            field_dict["signals"] = signals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415
        from ..models.webhook_v4_signal_ref import WebhookV4SignalRef  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        state = d.pop("state", UNSET)

        description = d.pop("description", UNSET)

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)

        doc_url = d.pop("docURL", UNSET)

        def _parse_resolution(data: object) -> ErrorResolution | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = ErrorResolution.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResolution | None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        _signals = d.pop("signals", UNSET)
        signals: list[WebhookV4SignalRef] | Unset = UNSET
        if _signals is not UNSET:
            signals = []
            for signals_item_data in _signals:
                signals_item = WebhookV4SignalRef.from_dict(signals_item_data)

                signals.append(signals_item)

        webhook_v4_vehicle_error = cls(
            type_=type_,
            code=code,
            state=state,
            description=description,
            suggested_user_message=suggested_user_message,
            doc_url=doc_url,
            resolution=resolution,
            signals=signals,
        )

        webhook_v4_vehicle_error.additional_properties = d
        return webhook_v4_vehicle_error

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

    @property
    def type(self) -> str | Unset:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
