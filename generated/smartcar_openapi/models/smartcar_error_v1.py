from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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
            error (str | None):
            message (str | None):
            code (None | str):
            status_code (int | None):
            request_id (str | None):
    """

    error: str | None = None
    message: str | None = None
    code: None | str = None
    status_code: int | None = None
    request_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _error_value = UNSET if self.error is None else self.error

        error = _error_value

        _message_value = UNSET if self.message is None else self.message

        message = _message_value

        _code_value = UNSET if self.code is None and "code" not in self._sent_nulls else self.code

        if "code" in self._deviations:
            code = _code_value
        else:
            code: None | str | Unset
            if isinstance(_code_value, Unset):
                code = UNSET
            else:
                code = _code_value

        _status_code_value = UNSET if self.status_code is None else self.status_code

        status_code = _status_code_value

        _request_id_value = UNSET if self.request_id is None else self.request_id

        request_id = _request_id_value

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
        _issues: dict[str, str] = {}
        _error_sent = d.pop("error", UNSET)
        error = read_member(
            _issues,
            "error",
            _error_sent,
            (str,),
            None,
            False,
        )

        _message_sent = d.pop("message", UNSET)
        message = read_member(
            _issues,
            "message",
            _message_sent,
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

        _status_code_sent = d.pop("statusCode", UNSET)
        status_code = read_member(
            _issues,
            "statusCode",
            _status_code_sent,
            (int,),
            None,
            False,
        )

        _request_id_sent = d.pop("requestId", UNSET)
        request_id = read_member(
            _issues,
            "requestId",
            _request_id_sent,
            (str,),
            None,
            False,
        )

        smartcar_error_v1 = cls(
            error=None if isinstance(error, Unset) else error,
            message=None if isinstance(message, Unset) else message,
            code=None if isinstance(code, Unset) else code,
            status_code=None if isinstance(status_code, Unset) else status_code,
            request_id=None if isinstance(request_id, Unset) else request_id,
        )
        smartcar_error_v1._sent_nulls = frozenset(
            field_name for field_name, field_value in (("code", code),) if field_value is None
        )

        smartcar_error_v1._deviations = _issues

        smartcar_error_v1.additional_properties = d
        return smartcar_error_v1

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
