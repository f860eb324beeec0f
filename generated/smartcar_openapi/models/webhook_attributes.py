from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.webhook_signal_ref import WebhookSignalRef


T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    """
    Attributes:
        name (str | None):
        callback_uri (str | None):
        is_enabled (bool | None):
        triggers (list[WebhookSignalRef] | None):
        data (list[WebhookSignalRef] | None):
        error_callback_uri (None | str):
        auto_subscribe (bool | None):
    """

    name: str | None = None
    callback_uri: str | None = None
    is_enabled: bool | None = None
    triggers: list[WebhookSignalRef] | None = None
    data: list[WebhookSignalRef] | None = None
    error_callback_uri: None | str = None
    auto_subscribe: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_signal_ref import WebhookSignalRef  # noqa: PLC0415

        _name_value = UNSET if self.name is None else self.name

        name = _name_value

        _callback_uri_value = UNSET if self.callback_uri is None else self.callback_uri

        callback_uri = _callback_uri_value

        _is_enabled_value = UNSET if self.is_enabled is None else self.is_enabled

        is_enabled = _is_enabled_value

        _triggers_value = UNSET if self.triggers is None else self.triggers

        if "triggers" in self._deviations:
            triggers = _triggers_value
        else:
            triggers: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_triggers_value, Unset):
                triggers = []
                for triggers_item_data in _triggers_value:
                    if not isinstance(triggers_item_data, WebhookSignalRef):
                        triggers.append(triggers_item_data)
                        continue
                    triggers_item = triggers_item_data.to_dict()
                    triggers.append(triggers_item)

        _data_value = UNSET if self.data is None else self.data

        if "data" in self._deviations:
            data = _data_value
        else:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_data_value, Unset):
                data = []
                for data_item_data in _data_value:
                    if not isinstance(data_item_data, WebhookSignalRef):
                        data.append(data_item_data)
                        continue
                    data_item = data_item_data.to_dict()
                    data.append(data_item)

        _error_callback_uri_value = (
            UNSET
            if self.error_callback_uri is None and "error_callback_uri" not in self._sent_nulls
            else self.error_callback_uri
        )

        if "errorCallbackUri" in self._deviations:
            error_callback_uri = _error_callback_uri_value
        else:
            error_callback_uri: None | str | Unset
            if isinstance(_error_callback_uri_value, Unset):
                error_callback_uri = UNSET
            else:
                error_callback_uri = _error_callback_uri_value

        _auto_subscribe_value = UNSET if self.auto_subscribe is None else self.auto_subscribe

        auto_subscribe = _auto_subscribe_value

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
        _issues: dict[str, str] = {}
        _name_sent = d.pop("name", UNSET)
        name = read_member(
            _issues,
            "name",
            _name_sent,
            (str,),
            None,
            False,
        )

        _callback_uri_sent = d.pop("callbackUri", UNSET)
        callback_uri = read_member(
            _issues,
            "callbackUri",
            _callback_uri_sent,
            (str,),
            None,
            False,
        )

        _is_enabled_sent = d.pop("isEnabled", UNSET)
        is_enabled = read_member(
            _issues,
            "isEnabled",
            _is_enabled_sent,
            (bool,),
            None,
            False,
        )

        _triggers_sent = d.pop("triggers", UNSET)
        try:
            _triggers = _triggers_sent
            triggers: list[WebhookSignalRef] | Unset = UNSET
            if _triggers is not UNSET:
                if not isinstance(_triggers, list):
                    raise TypeError(f"expected a list, got {type(_triggers).__name__}")
                triggers = []
                for triggers_item_data in _triggers:
                    try:
                        triggers_item = WebhookSignalRef.from_dict(triggers_item_data)

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
            (WebhookSignalRef,),
            False,
        )

        _data_sent = d.pop("data", UNSET)
        try:
            _data = _data_sent
            data: list[WebhookSignalRef] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError(f"expected a list, got {type(_data).__name__}")
                data = []
                for data_item_data in _data:
                    try:
                        data_item = WebhookSignalRef.from_dict(data_item_data)

                    except LENIENT_ERRORS:
                        data_item = data_item_data
                    data.append(data_item)

        except LENIENT_ERRORS:
            data = _data_sent
        data = read_member(
            _issues,
            "data",
            data,
            (list,),
            (WebhookSignalRef,),
            False,
        )

        _error_callback_uri_sent = d.pop("errorCallbackUri", UNSET)
        try:

            def _parse_error_callback_uri(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            error_callback_uri = _parse_error_callback_uri(_error_callback_uri_sent)

        except LENIENT_ERRORS:
            error_callback_uri = _error_callback_uri_sent
        error_callback_uri = read_member(
            _issues,
            "errorCallbackUri",
            error_callback_uri,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _auto_subscribe_sent = d.pop("autoSubscribe", UNSET)
        auto_subscribe = read_member(
            _issues,
            "autoSubscribe",
            _auto_subscribe_sent,
            (bool,),
            None,
            False,
        )

        webhook_attributes = cls(
            name=None if isinstance(name, Unset) else name,
            callback_uri=None if isinstance(callback_uri, Unset) else callback_uri,
            is_enabled=None if isinstance(is_enabled, Unset) else is_enabled,
            triggers=None if isinstance(triggers, Unset) else triggers,
            data=None if isinstance(data, Unset) else data,
            error_callback_uri=None if isinstance(error_callback_uri, Unset) else error_callback_uri,
            auto_subscribe=None if isinstance(auto_subscribe, Unset) else auto_subscribe,
        )
        webhook_attributes._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (("error_callback_uri", error_callback_uri),)
            if field_value is None
        )

        webhook_attributes._deviations = _issues

        webhook_attributes.additional_properties = d
        return webhook_attributes

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
