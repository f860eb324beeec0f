from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.error_resolution import ErrorResolution
    from ..models.webhook_v4_signal_ref import WebhookV4SignalRef


T = TypeVar("T", bound="WebhookV4VehicleError")


@_attrs_define
class WebhookV4VehicleError:
    """
    Attributes:
        type_ (str | None):
        code (None | str):
        state (str | None): Known values: ERROR, RESOLVED.
        description (str | None):
        suggested_user_message (str | None):
        doc_url (str | None):
        resolution (ErrorResolution | None | str):
        signals (list[str | WebhookV4SignalRef] | None): Strings `"Group.Name"` or objects `{code, name, group}`, mixed.
    """

    type_: str | None = None
    code: None | str = None
    state: str | None = None
    description: str | None = None
    suggested_user_message: str | None = None
    doc_url: str | None = None
    resolution: ErrorResolution | None | str = None
    signals: list[str | WebhookV4SignalRef] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415
        from ..models.webhook_v4_signal_ref import WebhookV4SignalRef  # noqa: PLC0415

        _type__value = UNSET if self.type_ is None else self.type_

        type_ = _type__value

        _code_value = UNSET if self.code is None and "code" not in self._sent_nulls else self.code

        if "code" in self._deviations:
            code = _code_value
        else:
            code: None | str | Unset
            if isinstance(_code_value, Unset):
                code = UNSET
            else:
                code = _code_value

        _state_value = UNSET if self.state is None else self.state

        state = _state_value

        _description_value = UNSET if self.description is None else self.description

        description = _description_value

        _suggested_user_message_value = UNSET if self.suggested_user_message is None else self.suggested_user_message

        suggested_user_message = _suggested_user_message_value

        _doc_url_value = UNSET if self.doc_url is None else self.doc_url

        doc_url = _doc_url_value

        _resolution_value = (
            UNSET if self.resolution is None and "resolution" not in self._sent_nulls else self.resolution
        )

        if "resolution" in self._deviations:
            resolution = _resolution_value
        else:
            resolution: dict[str, Any] | None | str | Unset
            if isinstance(_resolution_value, Unset):
                resolution = UNSET
            elif isinstance(_resolution_value, ErrorResolution):
                resolution = _resolution_value.to_dict()
            else:
                resolution = _resolution_value

        _signals_value = UNSET if self.signals is None else self.signals

        if "signals" in self._deviations:
            signals = _signals_value
        else:
            signals: list[dict[str, Any] | str] | Unset = UNSET
            if not isinstance(_signals_value, Unset):
                signals = []
                for signals_item_data in _signals_value:
                    signals_item: dict[str, Any] | str
                    if isinstance(signals_item_data, WebhookV4SignalRef):
                        signals_item = signals_item_data.to_dict()
                    else:
                        signals_item = signals_item_data
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
        _issues: dict[str, str] = {}
        _type__sent = d.pop("type", UNSET)
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
            None,
            False,
        )

        _code_sent = d.pop("code", UNSET)
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            code = _parse_code(_code_sent)

        except LENIENT_ERRORS:
            code = _code_sent
        code = read_member(
            _issues,
            "code",
            code,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _state_sent = d.pop("state", UNSET)
        state = read_member(
            _issues,
            "state",
            _state_sent,
            (str,),
            None,
            False,
        )

        _description_sent = d.pop("description", UNSET)
        description = read_member(
            _issues,
            "description",
            _description_sent,
            (str,),
            None,
            False,
        )

        _suggested_user_message_sent = d.pop("suggestedUserMessage", UNSET)
        suggested_user_message = read_member(
            _issues,
            "suggestedUserMessage",
            _suggested_user_message_sent,
            (str,),
            None,
            False,
        )

        _doc_url_sent = d.pop("docURL", UNSET)
        doc_url = read_member(
            _issues,
            "docURL",
            _doc_url_sent,
            (str,),
            None,
            False,
        )

        _resolution_sent = d.pop("resolution", UNSET)
        try:

            def _parse_resolution(data: object) -> ErrorResolution | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    resolution_type_0 = ErrorResolution.from_dict(data)

                    if not getattr(resolution_type_0, "_deviations", None):
                        return resolution_type_0
                    _candidates.append(resolution_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(ErrorResolution | None | str | Unset, data)

            resolution = _parse_resolution(_resolution_sent)

        except LENIENT_ERRORS:
            resolution = _resolution_sent
        resolution = read_member(
            _issues,
            "resolution",
            resolution,
            (
                ErrorResolution,
                str,
                None,
            ),
            None,
            False,
        )

        _signals_sent = d.pop("signals", UNSET)
        try:
            _signals = _signals_sent
            signals: list[str | WebhookV4SignalRef] | Unset = UNSET
            if _signals is not UNSET:
                if not isinstance(_signals, list):
                    raise TypeError(f"expected a list, got {type(_signals).__name__}")
                signals = []
                for signals_item_data in _signals:
                    try:

                        def _parse_signals_item(data: object) -> str | WebhookV4SignalRef:
                            _candidates: list[Any] = []
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                signals_item_type_0 = WebhookV4SignalRef.from_dict(data)

                                if not getattr(signals_item_type_0, "_deviations", None):
                                    return signals_item_type_0
                                _candidates.append(signals_item_type_0)
                            except LENIENT_ERRORS:
                                pass
                            if _candidates:
                                return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                            return cast(str | WebhookV4SignalRef, data)

                        signals_item = _parse_signals_item(signals_item_data)

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
            (
                WebhookV4SignalRef,
                str,
            ),
            False,
        )

        webhook_v4_vehicle_error = cls(
            type_=None if isinstance(type_, Unset) else type_,
            code=None if isinstance(code, Unset) else code,
            state=None if isinstance(state, Unset) else state,
            description=None if isinstance(description, Unset) else description,
            suggested_user_message=None if isinstance(suggested_user_message, Unset) else suggested_user_message,
            doc_url=None if isinstance(doc_url, Unset) else doc_url,
            resolution=None if isinstance(resolution, Unset) else resolution,
            signals=None if isinstance(signals, Unset) else signals,
        )
        webhook_v4_vehicle_error._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("code", code),
                ("resolution", resolution),
            )
            if field_value is None
        )

        webhook_v4_vehicle_error._deviations = _issues

        webhook_v4_vehicle_error.additional_properties = d
        return webhook_v4_vehicle_error

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

    @property
    def type(self) -> str | None:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
