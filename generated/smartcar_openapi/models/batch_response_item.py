from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        code = self.code

        body = self.body

        _headers_value = UNSET if self.headers is None else self.headers

        if "headers" in self._deviations:
            headers = _headers_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_response_headers import BatchResponseHeaders  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _path_sent = d.pop("path", UNSET)
        path = read_member(
            _issues,
            "path",
            _path_sent,
            (str,),
            None,
            True,
        )

        _code_sent = d.pop("code", UNSET)
        code = read_member(
            _issues,
            "code",
            _code_sent,
            (int,),
            None,
            True,
        )

        _body_sent = d.pop("body", UNSET)
        body = read_member(
            _issues,
            "body",
            _body_sent,
            None,
            None,
            True,
        )

        _headers_sent = d.pop("headers", UNSET)
        try:
            _headers = _headers_sent
            headers: BatchResponseHeaders | Unset
            if isinstance(_headers, Unset):
                headers = UNSET
            else:
                headers = BatchResponseHeaders.from_dict(_headers)

        except LENIENT_ERRORS:
            headers = _headers_sent
        headers = read_member(
            _issues,
            "headers",
            headers,
            (BatchResponseHeaders,),
            None,
            False,
        )

        batch_response_item = cls(
            path=path,
            code=code,
            body=body,
            headers=None if isinstance(headers, Unset) else headers,
        )

        batch_response_item._deviations = _issues

        batch_response_item.additional_properties = d
        return batch_response_item

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
