from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grant_type import GrantType
from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Form body of `POST /oauth/token`. For `authorization_code` send `code` and `redirect_uri`;
    for `refresh_token` send `refresh_token`.

        Attributes:
            grant_type (GrantType): OAuth 2.0 grant type.
            code (str | None): Authorization code from the Connect redirect (expires after 10 minutes).
            redirect_uri (str | None): The redirect URI used in Connect.
            refresh_token (str | None): The refresh token to exchange.
    """

    grant_type: GrantType
    code: str | None = None
    redirect_uri: str | None = None
    refresh_token: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "grant_type" in self._deviations:
            grant_type = self.grant_type
        else:
            grant_type = self.grant_type.value

        _code_value = UNSET if self.code is None else self.code

        code = _code_value

        _redirect_uri_value = UNSET if self.redirect_uri is None else self.redirect_uri

        redirect_uri = _redirect_uri_value

        _refresh_token_value = UNSET if self.refresh_token is None else self.refresh_token

        refresh_token = _refresh_token_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if redirect_uri is not UNSET:
            field_dict["redirect_uri"] = redirect_uri
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _grant_type_sent = d.pop("grant_type", UNSET)
        try:
            grant_type = GrantType(_grant_type_sent)

        except LENIENT_ERRORS:
            grant_type = _grant_type_sent
        grant_type = read_member(
            _issues,
            "grant_type",
            grant_type,
            (GrantType,),
            None,
            True,
        )

        _code_sent = d.pop("code", UNSET)
        code = read_member(
            _issues,
            "code",
            _code_sent,
            (str,),
            None,
            False,
        )

        _redirect_uri_sent = d.pop("redirect_uri", UNSET)
        redirect_uri = read_member(
            _issues,
            "redirect_uri",
            _redirect_uri_sent,
            (str,),
            None,
            False,
        )

        _refresh_token_sent = d.pop("refresh_token", UNSET)
        refresh_token = read_member(
            _issues,
            "refresh_token",
            _refresh_token_sent,
            (str,),
            None,
            False,
        )

        token_request = cls(
            grant_type=grant_type,
            code=None if isinstance(code, Unset) else code,
            redirect_uri=None if isinstance(redirect_uri, Unset) else redirect_uri,
            refresh_token=None if isinstance(refresh_token, Unset) else refresh_token,
        )

        token_request._deviations = _issues

        token_request.additional_properties = d
        return token_request

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
