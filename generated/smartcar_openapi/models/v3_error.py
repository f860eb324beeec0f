from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_resolution import ErrorResolution
    from ..models.v3_error_object import V3ErrorObject


T = TypeVar("T", bound="V3Error")


@_attrs_define
class V3Error:
    """v3 error body. Not yet confirmed: it may be the v2.0 shape (`type`, `code`, ...) or
    JSON:API (`errors: [...]`), so both are accepted.

        Attributes:
            errors (list[V3ErrorObject] | Unset):
            type_ (str | Unset):
            code (None | str | Unset):
            description (str | Unset):
            doc_url (str | Unset):
            status_code (int | Unset):
            request_id (str | Unset):
            resolution (ErrorResolution | None | str | Unset):
            detail (Any | Unset): Extra details (an array in the v2.0 shape).
            suggested_user_message (str | Unset):
            error (str | Unset):
            message (str | Unset):
    """

    errors: list[V3ErrorObject] | Unset = UNSET
    type_: str | Unset = UNSET
    code: None | str | Unset = UNSET
    description: str | Unset = UNSET
    doc_url: str | Unset = UNSET
    status_code: int | Unset = UNSET
    request_id: str | Unset = UNSET
    resolution: ErrorResolution | None | str | Unset = UNSET
    detail: Any | Unset = UNSET
    suggested_user_message: str | Unset = UNSET
    error: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        description = self.description

        doc_url = self.doc_url

        status_code = self.status_code

        request_id = self.request_id

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        detail = self.detail

        suggested_user_message = self.suggested_user_message

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if description is not UNSET:
            field_dict["description"] = description
        if doc_url is not UNSET:
            field_dict["docURL"] = doc_url
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if detail is not UNSET:
            field_dict["detail"] = detail
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415
        from ..models.v3_error_object import V3ErrorObject  # noqa: PLC0415

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[V3ErrorObject] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = V3ErrorObject.from_dict(errors_item_data)

                errors.append(errors_item)

        type_ = d.pop("type", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        description = d.pop("description", UNSET)

        doc_url = d.pop("docURL", UNSET)

        status_code = d.pop("statusCode", UNSET)

        request_id = d.pop("requestId", UNSET)

        def _parse_resolution(data: object) -> ErrorResolution | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                resolution_type_0 = ErrorResolution.from_dict(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorResolution | None | str | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        detail = d.pop("detail", UNSET)

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        v3_error = cls(
            errors=errors,
            type_=type_,
            code=code,
            description=description,
            doc_url=doc_url,
            status_code=status_code,
            request_id=request_id,
            resolution=resolution,
            detail=detail,
            suggested_user_message=suggested_user_message,
            error=error,
            message=message,
        )

        v3_error.additional_properties = d
        return v3_error

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
    def type(self) -> str | Unset:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
