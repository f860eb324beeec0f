from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.application_token_request_grant_type import ApplicationTokenRequestGrantType
from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="ApplicationTokenRequest")


@_attrs_define
class ApplicationTokenRequest:
    """Client credentials for the application token (form-encoded). `client_id` and
    `client_secret` go here unless the client sends them with HTTP Basic instead.

        Attributes:
            grant_type (ApplicationTokenRequestGrantType):
            client_id (str | None): The API credential's client id (begins with `client_`).
            client_secret (str | None): The API credential's secret.
    """

    grant_type: ApplicationTokenRequestGrantType
    client_id: str | None = None
    client_secret: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "grant_type" in self._deviations:
            grant_type = self.grant_type
        else:
            grant_type = self.grant_type.value

        _client_id_value = UNSET if self.client_id is None else self.client_id

        client_id = _client_id_value

        _client_secret_value = UNSET if self.client_secret is None else self.client_secret

        client_secret = _client_secret_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
            }
        )
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
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
            grant_type = ApplicationTokenRequestGrantType(_grant_type_sent)

        except LENIENT_ERRORS:
            grant_type = _grant_type_sent
        grant_type = read_member(
            _issues,
            "grant_type",
            grant_type,
            (ApplicationTokenRequestGrantType,),
            None,
            True,
        )

        _client_id_sent = d.pop("client_id", UNSET)
        client_id = read_member(
            _issues,
            "client_id",
            _client_id_sent,
            (str,),
            None,
            False,
        )

        _client_secret_sent = d.pop("client_secret", UNSET)
        client_secret = read_member(
            _issues,
            "client_secret",
            _client_secret_sent,
            (str,),
            None,
            False,
        )

        application_token_request = cls(
            grant_type=grant_type,
            client_id=None if isinstance(client_id, Unset) else client_id,
            client_secret=None if isinstance(client_secret, Unset) else client_secret,
        )

        application_token_request._deviations = _issues

        application_token_request.additional_properties = d
        return application_token_request

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
