from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.relationship import Relationship


T = TypeVar("T", bound="WebhookSubscriptionRelationships")


@_attrs_define
class WebhookSubscriptionRelationships:
    """
    Attributes:
        webhook (Relationship | None):
        user (Relationship | None):
        vehicle (Relationship | None):
    """

    webhook: Relationship | None = None
    user: Relationship | None = None
    vehicle: Relationship | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _webhook_value = UNSET if self.webhook is None else self.webhook

        if "webhook" in self._deviations:
            webhook = _webhook_value
        else:
            webhook: dict[str, Any] | Unset = UNSET
            if not isinstance(_webhook_value, Unset):
                webhook = _webhook_value.to_dict()

        _user_value = UNSET if self.user is None else self.user

        if "user" in self._deviations:
            user = _user_value
        else:
            user: dict[str, Any] | Unset = UNSET
            if not isinstance(_user_value, Unset):
                user = _user_value.to_dict()

        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        if "vehicle" in self._deviations:
            vehicle = _vehicle_value
        else:
            vehicle: dict[str, Any] | Unset = UNSET
            if not isinstance(_vehicle_value, Unset):
                vehicle = _vehicle_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if user is not UNSET:
            field_dict["user"] = user
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relationship import Relationship  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _webhook_sent = d.pop("webhook", UNSET)
        try:
            _webhook = _webhook_sent
            webhook: Relationship | Unset
            if isinstance(_webhook, Unset):
                webhook = UNSET
            else:
                webhook = Relationship.from_dict(_webhook)

        except LENIENT_ERRORS:
            webhook = _webhook_sent
        webhook = read_member(
            _issues,
            "webhook",
            webhook,
            (Relationship,),
            None,
            False,
        )

        _user_sent = d.pop("user", UNSET)
        try:
            _user = _user_sent
            user: Relationship | Unset
            if isinstance(_user, Unset):
                user = UNSET
            else:
                user = Relationship.from_dict(_user)

        except LENIENT_ERRORS:
            user = _user_sent
        user = read_member(
            _issues,
            "user",
            user,
            (Relationship,),
            None,
            False,
        )

        _vehicle_sent = d.pop("vehicle", UNSET)
        try:
            _vehicle = _vehicle_sent
            vehicle: Relationship | Unset
            if isinstance(_vehicle, Unset):
                vehicle = UNSET
            else:
                vehicle = Relationship.from_dict(_vehicle)

        except LENIENT_ERRORS:
            vehicle = _vehicle_sent
        vehicle = read_member(
            _issues,
            "vehicle",
            vehicle,
            (Relationship,),
            None,
            False,
        )

        webhook_subscription_relationships = cls(
            webhook=None if isinstance(webhook, Unset) else webhook,
            user=None if isinstance(user, Unset) else user,
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
        )

        webhook_subscription_relationships._deviations = _issues

        webhook_subscription_relationships.additional_properties = d
        return webhook_subscription_relationships

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
