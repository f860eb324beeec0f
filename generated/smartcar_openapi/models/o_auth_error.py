from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _error_value = UNSET if self.error is None else self.error

        error = _error_value

        _error_description_value = (
            UNSET
            if self.error_description is None and "error_description" not in self._sent_nulls
            else self.error_description
        )

        if "error_description" in self._deviations:
            error_description = _error_description_value
        else:
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

        _error_description_sent = d.pop("error_description", UNSET)
        try:

            def _parse_error_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            error_description = _parse_error_description(_error_description_sent)

        except LENIENT_ERRORS:
            error_description = _error_description_sent
        error_description = read_member(
            _issues,
            "error_description",
            error_description,
            (
                str,
                None,
            ),
            None,
            False,
        )

        o_auth_error = cls(
            error=None if isinstance(error, Unset) else error,
            error_description=None if isinstance(error_description, Unset) else error_description,
        )
        o_auth_error._sent_nulls = frozenset(
            field_name for field_name, field_value in (("error_description", error_description),) if field_value is None
        )

        o_auth_error._deviations = _issues

        o_auth_error.additional_properties = d
        return o_auth_error

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
