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
        status (str | Unset): The HTTP status as a string (JSON:API), for example `"401"`.
        type_ (str | Unset):
        code (None | str | Unset):
        title (str | Unset):
        detail (str | Unset):
        doc_url (str | Unset):
        resolution (ErrorResolution | None | str | Unset):
        suggested_user_message (str | Unset):
        links (Any | Unset): Related links.
    """

    status: str | Unset = UNSET
    type_: str | Unset = UNSET
    code: None | str | Unset = UNSET
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    doc_url: str | Unset = UNSET
    resolution: ErrorResolution | None | str | Unset = UNSET
    suggested_user_message: str | Unset = UNSET
    links: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_resolution import ErrorResolution  # noqa: PLC0415

        status = self.status

        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        title = self.title

        detail = self.detail

        doc_url = self.doc_url

        resolution: dict[str, Any] | None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, ErrorResolution):
            resolution = self.resolution.to_dict()
        else:
            resolution = self.resolution

        suggested_user_message = self.suggested_user_message

        links = self.links

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
            status=status,
            type_=type_,
            code=code,
            title=title,
            detail=detail,
            doc_url=doc_url,
            resolution=resolution,
            suggested_user_message=suggested_user_message,
            links=links,
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
    def type(self) -> str | Unset:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
