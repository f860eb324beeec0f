from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmartcarErrorV1")


@_attrs_define
class SmartcarErrorV1:
    """Historic API v1.0 error body (v1.0 was sunset 2023-01-06; still seen in old batch fixtures).
    Known `error` values: validation_error (400), authentication_error (401), permission_error
    (403), resource_not_found_error (404), vehicle_state_error (409, codes VS_000...),
    vehicle_owner_action_required (codes VOA_000...), rate_limiting_error (429),
    monthly_limit_exceeded (430), server_error (500), vehicle_not_capable_error and
    smartcar_not_capable_error (501). `SmartcarError` accepts these keys as well.

        Example:
            {'error': 'vehicle_state_error', 'message': 'Vehicle state cannot be determined.', 'code': 'VS_000'}

        Attributes:
            error (str | Unset):
            message (str | Unset):
            code (None | str | Unset):
            status_code (int | Unset):
            request_id (str | Unset):
    """

    error: str | Unset = UNSET
    message: str | Unset = UNSET
    code: None | str | Unset = UNSET
    status_code: int | Unset = UNSET
    request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        status_code = self.status_code

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if code is not UNSET:
            field_dict["code"] = code
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        status_code = d.pop("statusCode", UNSET)

        request_id = d.pop("requestId", UNSET)

        smartcar_error_v1 = cls(
            error=error,
            message=message,
            code=code,
            status_code=status_code,
            request_id=request_id,
        )

        smartcar_error_v1.additional_properties = d
        return smartcar_error_v1

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
