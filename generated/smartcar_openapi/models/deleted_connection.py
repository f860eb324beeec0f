from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="DeletedConnection")


@_attrs_define
class DeletedConnection:
    """
    Attributes:
        vehicle_id (str): Smartcar vehicle id.
        user_id (str): Smartcar user id.
        connected_at (datetime.datetime | None): ISO 8601 date-time of the deleted connection, when the API includes it
            (the documented example omits it).
    """

    vehicle_id: str
    user_id: str
    connected_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        vehicle_id = self.vehicle_id

        user_id = self.user_id

        _connected_at_value = (
            UNSET if self.connected_at is None and "connected_at" not in self._sent_nulls else self.connected_at
        )

        if "connectedAt" in self._deviations:
            connected_at = _connected_at_value
        else:
            connected_at: None | str | Unset
            if isinstance(_connected_at_value, Unset):
                connected_at = UNSET
            elif isinstance(_connected_at_value, datetime.datetime):
                connected_at = _connected_at_value.isoformat()
            else:
                connected_at = _connected_at_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vehicleId": vehicle_id,
                "userId": user_id,
            }
        )
        if connected_at is not UNSET:
            field_dict["connectedAt"] = connected_at
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _vehicle_id_sent = d.pop("vehicleId", UNSET)
        vehicle_id = read_member(
            _issues,
            "vehicleId",
            _vehicle_id_sent,
            (str,),
            None,
            True,
        )

        _user_id_sent = d.pop("userId", UNSET)
        user_id = read_member(
            _issues,
            "userId",
            _user_id_sent,
            (str,),
            None,
            True,
        )

        _connected_at_sent = d.pop("connectedAt", UNSET)
        try:

            def _parse_connected_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    connected_at_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(connected_at_type_0, "_deviations", None):
                        return connected_at_type_0
                    _candidates.append(connected_at_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(datetime.datetime | None | Unset, data)

            connected_at = _parse_connected_at(_connected_at_sent)

        except LENIENT_ERRORS:
            connected_at = _connected_at_sent
        connected_at = read_member(
            _issues,
            "connectedAt",
            connected_at,
            (
                datetime.datetime,
                None,
            ),
            None,
            False,
        )

        deleted_connection = cls(
            vehicle_id=vehicle_id,
            user_id=user_id,
            connected_at=None if isinstance(connected_at, Unset) else connected_at,
        )
        deleted_connection._sent_nulls = frozenset(
            field_name for field_name, field_value in (("connected_at", connected_at),) if field_value is None
        )

        deleted_connection._deviations = _issues

        deleted_connection.additional_properties = d
        return deleted_connection

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
