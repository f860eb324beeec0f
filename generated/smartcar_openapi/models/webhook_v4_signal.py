from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.signal_status import SignalStatus
    from ..models.webhook_v4_signal_meta import WebhookV4SignalMeta


T = TypeVar("T", bound="WebhookV4Signal")


@_attrs_define
class WebhookV4Signal:
    """
    Attributes:
        code (str | None):
        name (str | None):
        group (str | None):
        body (Any | None): Signal-specific JSON object, as in `SignalAttributes.body`; an `ERROR` status may still carry
            one.
        status (SignalStatus | None): Whether the signal could be read. The whole member may be absent.
        meta (WebhookV4SignalMeta | None): A delivered signal's timestamps: epoch milliseconds, `0` meaning unknown (API
            responses
            send the same names as ISO 8601 strings). Any of them may be absent.
    """

    code: str | None = None
    name: str | None = None
    group: str | None = None
    body: Any | None = None
    status: SignalStatus | None = None
    meta: WebhookV4SignalMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _code_value = UNSET if self.code is None else self.code

        code = _code_value

        _name_value = UNSET if self.name is None else self.name

        name = _name_value

        _group_value = UNSET if self.group is None else self.group

        group = _group_value

        _body_value = UNSET if self.body is None else self.body

        body = _body_value

        _status_value = UNSET if self.status is None else self.status

        if "status" in self._deviations:
            status = _status_value
        else:
            status: dict[str, Any] | Unset = UNSET
            if not isinstance(_status_value, Unset):
                status = _status_value.to_dict()

        _meta_value = UNSET if self.meta is None else self.meta

        if "meta" in self._deviations:
            meta = _meta_value
        else:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(_meta_value, Unset):
                meta = _meta_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if group is not UNSET:
            field_dict["group"] = group
        if body is not UNSET:
            field_dict["body"] = body
        if status is not UNSET:
            field_dict["status"] = status
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_status import SignalStatus  # noqa: PLC0415
        from ..models.webhook_v4_signal_meta import WebhookV4SignalMeta  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
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

        _body_sent = d.pop("body", UNSET)
        body = read_member(
            _issues,
            "body",
            _body_sent,
            None,
            None,
            False,
        )

        _status_sent = d.pop("status", UNSET)
        try:
            _status = _status_sent
            status: SignalStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = SignalStatus.from_dict(_status)

        except LENIENT_ERRORS:
            status = _status_sent
        status = read_member(
            _issues,
            "status",
            status,
            (SignalStatus,),
            None,
            False,
        )

        _meta_sent = d.pop("meta", UNSET)
        try:
            _meta = _meta_sent
            meta: WebhookV4SignalMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = WebhookV4SignalMeta.from_dict(_meta)

        except LENIENT_ERRORS:
            meta = _meta_sent
        meta = read_member(
            _issues,
            "meta",
            meta,
            (WebhookV4SignalMeta,),
            None,
            False,
        )

        webhook_v4_signal = cls(
            code=None if isinstance(code, Unset) else code,
            name=None if isinstance(name, Unset) else name,
            group=None if isinstance(group, Unset) else group,
            body=None if isinstance(body, Unset) else body,
            status=None if isinstance(status, Unset) else status,
            meta=None if isinstance(meta, Unset) else meta,
        )

        webhook_v4_signal._deviations = _issues

        webhook_v4_signal.additional_properties = d
        return webhook_v4_signal

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
