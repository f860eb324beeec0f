from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_resolution import ErrorResolution


T = TypeVar("T", bound="V3ErrorObject")


@_attrs_define
class V3ErrorObject:
    """One JSON:API error object.

    Attributes:
        status (str | None): The HTTP status as a string (JSON:API), for example `"401"`.
        type_ (str | None): The error type (`AUTHENTICATION` ...), when sent; often absent.
        code (None | str): Open string, often lower case: `bad_request`, `unauthorized`, `not_found`, `internal_error`.
        title (str | None):
        detail (str | None):
        doc_url (str | None):
        resolution (ErrorResolution | None | str):
        suggested_user_message (str | None):
        links (Any | None): Related links.
    """

    status: str | None = None
    type_: str | None = None
    code: None | str = None
    title: str | None = None
    detail: str | None = None
    doc_url: str | None = None
    resolution: ErrorResolution | None | str = None
    suggested_user_message: str | None = None
    links: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415

        _status_value = UNSET if self.status is None else self.status

        status = _status_value

        _type__value = UNSET if self.type_ is None else self.type_

        type_ = _type__value

        _code_value = UNSET if self.code is None and "code" not in self._sent_nulls else self.code

        code: None | str | Unset
        if isinstance(_code_value, Unset):
            code = UNSET
        else:
            code = _code_value

        _title_value = UNSET if self.title is None else self.title

        title = _title_value

        _detail_value = UNSET if self.detail is None else self.detail

        detail = _detail_value

        _doc_url_value = UNSET if self.doc_url is None else self.doc_url

        doc_url = _doc_url_value

        _resolution_value = (
            UNSET if self.resolution is None and "resolution" not in self._sent_nulls else self.resolution
        )

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(_resolution_value, Unset):
            resolution = UNSET
        elif isinstance(_resolution_value, ErrorResolution):
            resolution = _resolution_value.to_dict()
        else:
            resolution = _resolution_value

        _suggested_user_message_value = UNSET if self.suggested_user_message is None else self.suggested_user_message

        suggested_user_message = _suggested_user_message_value

        _links_value = UNSET if self.links is None else self.links

        links = _links_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if doc_url is not UNSET:
            field_dict["docURL"] = doc_url
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if suggested_user_message is not UNSET:
            field_dict["suggestedUserMessage"] = suggested_user_message
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        type_ = d.pop("type", UNSET)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        doc_url = d.pop("docURL", UNSET)

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

        suggested_user_message = d.pop("suggestedUserMessage", UNSET)

        links = d.pop("links", UNSET)

        v3_error_object = cls(
            status=None if isinstance(status, Unset) else status,
            type_=None if isinstance(type_, Unset) else type_,
            code=None if isinstance(code, Unset) else code,
            title=None if isinstance(title, Unset) else title,
            detail=None if isinstance(detail, Unset) else detail,
            doc_url=None if isinstance(doc_url, Unset) else doc_url,
            resolution=None if isinstance(resolution, Unset) else resolution,
            suggested_user_message=None if isinstance(suggested_user_message, Unset) else suggested_user_message,
            links=None if isinstance(links, Unset) else links,
        )
        v3_error_object._sent_nulls = frozenset(
            field_name
            for field_name, field_value in (
                ("code", code),
                ("resolution", resolution),
            )
            if field_value is None
        )

        v3_error_object.additional_properties = d
        return v3_error_object

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
