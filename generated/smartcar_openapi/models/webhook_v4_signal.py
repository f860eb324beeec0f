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
        code (str | Unset):
        name (str | Unset):
        group (str | Unset):
        body (Any | Unset): Signal-specific JSON object, as in `SignalAttributes.body`.
        status (SignalStatus | Unset):
        meta (SignalMeta | Unset):
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    group: str | Unset = UNSET
    body: Any | Unset = UNSET
    status: SignalStatus | Unset = UNSET
    meta: SignalMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        group = self.group

        body = self.body

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

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
            code=code,
            name=name,
            group=group,
            body=body,
            status=status,
            meta=meta,
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
