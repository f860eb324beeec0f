from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415

        _status_value = UNSET if self.status is None else self.status

        status = _status_value

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

        _title_value = UNSET if self.title is None else self.title

        title = _title_value

        _detail_value = UNSET if self.detail is None else self.detail

        detail = _detail_value

        _doc_url_value = UNSET if self.doc_url is None else self.doc_url

        doc_url = _doc_url_value

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
        _issues: dict[str, str] = {}
        _status_sent = d.pop("status", UNSET)
        status = read_member(
            _issues,
            "status",
            _status_sent,
            (str,),
            None,
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

        _title_sent = d.pop("title", UNSET)
        title = read_member(
            _issues,
            "title",
            _title_sent,
            (str,),
            None,
            False,
        )

        _detail_sent = d.pop("detail", UNSET)
        detail = read_member(
            _issues,
            "detail",
            _detail_sent,
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

        _suggested_user_message_sent = d.pop("suggestedUserMessage", UNSET)
        suggested_user_message = read_member(
            _issues,
            "suggestedUserMessage",
            _suggested_user_message_sent,
            (str,),
            None,
            False,
        )

        _links_sent = d.pop("links", UNSET)
        links = read_member(
            _issues,
            "links",
            _links_sent,
            None,
            None,
            False,
        )

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

        v3_error_object._deviations = _issues

        v3_error_object.additional_properties = d
        return v3_error_object

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
