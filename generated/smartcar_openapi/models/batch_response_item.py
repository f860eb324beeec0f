from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_response_headers import BatchResponseHeaders


T = TypeVar("T", bound="BatchResponseItem")


@_attrs_define
class BatchResponseItem:
    """
    Attributes:
        path (str): The requested path.
        code (int): HTTP status of the sub-request.
        body (Any): Any JSON: the endpoint's body on success (for example an `Odometer`), or the error body
            (`SmartcarError`, occasionally the v1.0 shape) on failure.
        headers (BatchResponseHeaders | None): Lowercase response headers of the sub-request.
    """

    path: str
    code: int
    body: Any
    headers: BatchResponseHeaders | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        code = self.code

        body = self.body

        _headers_value = UNSET if self.headers is None else self.headers

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(_headers_value, Unset):
            headers = _headers_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "code": code,
                "body": body,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_response_headers import BatchResponseHeaders  # noqa: PLC0415

        d = dict(src_dict)
        path = d.pop("path")

        code = d.pop("code")

        body = d.pop("body")

        _headers = d.pop("headers", UNSET)
        headers: BatchResponseHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = BatchResponseHeaders.from_dict(_headers)

        batch_response_item = cls(
            path=path,
            code=code,
            body=body,
            headers=None if isinstance(headers, Unset) else headers,
        )

        batch_response_item.additional_properties = d
        return batch_response_item

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
