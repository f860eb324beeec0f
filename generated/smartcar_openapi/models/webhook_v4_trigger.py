from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.webhook_v4_signal_ref import WebhookV4SignalRef


T = TypeVar("T", bound="WebhookV4Trigger")


@_attrs_define
class WebhookV4Trigger:
    """Why the event was delivered: `{type: SIGNAL_UPDATED, signal: ...}` or
    `{type: FIRST_DELIVERY}`; `signal` is an object `{code, name, group}` or a string
    `"Group.Name"`. One docs page shows `{code, name, group}` directly.

        Attributes:
            type_ (str | None): Known values: SIGNAL_UPDATED, FIRST_DELIVERY.
            signal (str | WebhookV4SignalRef | None):
            code (str | None):
            name (str | None):
            group (str | None):
    """

    type_: str | None = None
    signal: str | WebhookV4SignalRef | None = None
    code: str | None = None
    name: str | None = None
    group: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_v4_signal_ref import WebhookV4SignalRef  # noqa: PLC0415

        _type__value = UNSET if self.type_ is None else self.type_

        type_ = _type__value

        _signal_value = UNSET if self.signal is None else self.signal

        if "signal" in self._deviations:
            signal = _signal_value
        else:
            signal: dict[str, Any] | str | Unset
            if isinstance(_signal_value, Unset):
                signal = UNSET
            elif isinstance(_signal_value, WebhookV4SignalRef):
                signal = _signal_value.to_dict()
            else:
                signal = _signal_value

        _code_value = UNSET if self.code is None else self.code

        code = _code_value

        _name_value = UNSET if self.name is None else self.name

        name = _name_value

        _group_value = UNSET if self.group is None else self.group

        group = _group_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if signal is not UNSET:
            field_dict["signal"] = signal
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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

        _signal_sent = d.pop("signal", UNSET)
        try:

            def _parse_signal(data: object) -> str | Unset | WebhookV4SignalRef:
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    signal_type_0 = WebhookV4SignalRef.from_dict(data)

                    if not getattr(signal_type_0, "_deviations", None):
                        return signal_type_0
                    _candidates.append(signal_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(str | Unset | WebhookV4SignalRef, data)

            signal = _parse_signal(_signal_sent)

        except LENIENT_ERRORS:
            signal = _signal_sent
        signal = read_member(
            _issues,
            "signal",
            signal,
            (
                WebhookV4SignalRef,
                str,
            ),
            None,
            False,
        )

        _code_sent = d.pop("code", UNSET)
        code = read_member(
            _issues,
            "code",
            _code_sent,
            (str,),
            None,
            False,
        )

        _name_sent = d.pop("name", UNSET)
        name = read_member(
            _issues,
            "name",
            _name_sent,
            (str,),
            None,
            False,
        )

        _group_sent = d.pop("group", UNSET)
        group = read_member(
            _issues,
            "group",
            _group_sent,
            (str,),
            None,
            False,
        )

        webhook_v4_trigger = cls(
            type_=None if isinstance(type_, Unset) else type_,
            signal=None if isinstance(signal, Unset) else signal,
            code=None if isinstance(code, Unset) else code,
            name=None if isinstance(name, Unset) else name,
            group=None if isinstance(group, Unset) else group,
        )

        webhook_v4_trigger._deviations = _issues

        webhook_v4_trigger.additional_properties = d
        return webhook_v4_trigger

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
