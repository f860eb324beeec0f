from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.error_resolution import ErrorResolution
    from ..models.v3_error_object import V3ErrorObject


T = TypeVar("T", bound="V3Error")


@_attrs_define
class V3Error:
    """v3 error body: a JSON:API error document (`errors: [...]`), whose objects carry `status`
    as a string and `code` often in lower case (`bad_request`, `unauthorized`, `not_found`,
    `internal_error`), `type` not always. The v2.0 shape (`type`, `code`, ...) is accepted too.

        Attributes:
            errors (list[V3ErrorObject] | None):
            type_ (str | None):
            code (None | str):
            description (str | None):
            doc_url (str | None):
            status_code (int | None):
            request_id (str | None):
            resolution (ErrorResolution | None | str):
            detail (Any | None): Extra details (an array in the v2.0 shape).
            suggested_user_message (str | None):
            error (str | None):
            message (str | None):
    """

    errors: list[V3ErrorObject] | None = None
    type_: str | None = None
    code: None | str = None
    description: str | None = None
    doc_url: str | None = None
    status_code: int | None = None
    request_id: str | None = None
    resolution: ErrorResolution | None | str = None
    detail: Any | None = None
    suggested_user_message: str | None = None
    error: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415
        from ..models.v3_error_object import V3ErrorObject  # noqa: PLC0415

        _errors_value = UNSET if self.errors is None else self.errors

        if "errors" in self._deviations:
            errors = _errors_value
        else:
            errors: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_errors_value, Unset):
                errors = []
                for errors_item_data in _errors_value:
                    if not isinstance(errors_item_data, V3ErrorObject):
                        errors.append(errors_item_data)
                        continue
                    errors_item = errors_item_data.to_dict()
                    errors.append(errors_item)

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

        _description_value = UNSET if self.description is None else self.description

        description = _description_value

        _doc_url_value = UNSET if self.doc_url is None else self.doc_url

        doc_url = _doc_url_value

        _status_code_value = UNSET if self.status_code is None else self.status_code

        status_code = _status_code_value

        _request_id_value = UNSET if self.request_id is None else self.request_id

        request_id = _request_id_value

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

        _detail_value = UNSET if self.detail is None else self.detail

        detail = _detail_value

        _suggested_user_message_value = UNSET if self.suggested_user_message is None else self.suggested_user_message

        suggested_user_message = _suggested_user_message_value

        _error_value = UNSET if self.error is None else self.error

        error = _error_value

        _message_value = UNSET if self.message is None else self.message

        message = _message_value

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
        _issues: dict[str, str] = {}
        _errors_sent = d.pop("errors", UNSET)
        try:
            _errors = _errors_sent
            errors: list[V3ErrorObject] | Unset = UNSET
            if _errors is not UNSET:
                if not isinstance(_errors, list):
                    raise TypeError(f"expected a list, got {type(_errors).__name__}")
                errors = []
                for errors_item_data in _errors:
                    try:
                        errors_item = V3ErrorObject.from_dict(errors_item_data)

                    except LENIENT_ERRORS:
                        errors_item = errors_item_data
                    errors.append(errors_item)

        except LENIENT_ERRORS:
            errors = _errors_sent
        errors = read_member(
            _issues,
            "errors",
            errors,
            (list,),
            (V3ErrorObject,),
            False,
        )

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

        _description_sent = d.pop("description", UNSET)
        description = read_member(
            _issues,
            "description",
            _description_sent,
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

        _detail_sent = d.pop("detail", UNSET)
        detail = read_member(
            _issues,
            "detail",
            _detail_sent,
            None,
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

        v3_error = cls(
            errors=None if isinstance(errors, Unset) else errors,
            type_=None if isinstance(type_, Unset) else type_,
            code=None if isinstance(code, Unset) else code,
            description=None if isinstance(description, Unset) else description,
            doc_url=None if isinstance(doc_url, Unset) else doc_url,
            status_code=None if isinstance(status_code, Unset) else status_code,
            request_id=None if isinstance(request_id, Unset) else request_id,
            resolution=None if isinstance(resolution, Unset) else resolution,
            detail=None if isinstance(detail, Unset) else detail,
            suggested_user_message=None if isinstance(suggested_user_message, Unset) else suggested_user_message,
            error=None if isinstance(error, Unset) else error,
            message=None if isinstance(message, Unset) else message,
        )
        v3_error._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("code", code),
                ("resolution", resolution),
            )
            if field_value is None
        )

        v3_error._deviations = _issues

        v3_error.additional_properties = d
        return v3_error

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
