from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthError")


@_attrs_define
class OAuthError:
    """OAuth 2.0 error body (RFC 6749 values such as `invalid_request`, `invalid_client`, `invalid_grant`).

    Attributes:
        error (str | None): OAuth error code, for example `invalid_request`.
        error_description (None | str): Human-readable explanation.
    """

    error: str | None = None
    error_description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        _error_value = UNSET if self.error is None else self.error

        error = _error_value

        _error_description_value = (
            UNSET
            if self.error_description is None and "error_description" not in self._sent_nulls
            else self.error_description
        )

        error_description: None | str | Unset
        if isinstance(_error_description_value, Unset):
            error_description = UNSET
        else:
            error_description = _error_description_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if error_description is not UNSET:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error", UNSET)

        def _parse_error_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_description = _parse_error_description(d.pop("error_description", UNSET))

        o_auth_error = cls(
            error=None if isinstance(error, Unset) else error,
            error_description=None if isinstance(error_description, Unset) else error_description,
        )
        o_auth_error._sent_nulls = frozenset(
            field_name for field_name, field_value in (("error_description", error_description),) if field_value is None
        )

        o_auth_error.additional_properties = d
        return o_auth_error

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
