from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_meta import SignalMeta
    from ..models.signal_status import SignalStatus


T = TypeVar("T", bound="WebhookV4Signal")


@_attrs_define
class WebhookV4Signal:
    """
    Attributes:
        code (str | None):
        name (str | None):
        group (str | None):
        body (Any | None): Signal-specific JSON object, as in `SignalAttributes.body`.
        status (SignalStatus | None): Whether the signal could be read. The whole member may be absent.
        meta (SignalMeta | None):
    """

    code: str | None = None
    name: str | None = None
    group: str | None = None
    body: Any | None = None
    status: SignalStatus | None = None
    meta: SignalMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(_status_value, Unset):
            status = _status_value.to_dict()

        _meta_value = UNSET if self.meta is None else self.meta

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
        from ..models.signal_meta import SignalMeta  # noqa: PLC0415
        from ..models.signal_status import SignalStatus  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        group = d.pop("group", UNSET)

        body = d.pop("body", UNSET)

        _status = d.pop("status", UNSET)
        status: SignalStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SignalStatus.from_dict(_status)

        _meta = d.pop("meta", UNSET)
        meta: SignalMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SignalMeta.from_dict(_meta)

        webhook_v4_signal = cls(
            code=None if isinstance(code, Unset) else code,
            name=None if isinstance(name, Unset) else name,
            group=None if isinstance(group, Unset) else group,
            body=None if isinstance(body, Unset) else body,
            status=None if isinstance(status, Unset) else status,
            meta=None if isinstance(meta, Unset) else meta,
        )

        webhook_v4_signal.additional_properties = d
        return webhook_v4_signal

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
