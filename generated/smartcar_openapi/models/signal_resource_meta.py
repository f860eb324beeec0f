from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="SignalResourceMeta")


@_attrs_define
class SignalResourceMeta:
    """A signal's times in API responses, ISO-8601 strings; any of them may be absent (often only `ingestedAt` is sent).
    Webhook deliveries send the same names as epoch milliseconds (`SignalMeta`).

        Attributes:
            ingested_at (datetime.datetime | None): When Smartcar stored the value.
            retrieved_at (datetime.datetime | None): When Smartcar retrieved the value from the vehicle.
            oem_updated_at (datetime.datetime | None): When the manufacturer last updated the value.
    """

    ingested_at: datetime.datetime | None = None
    retrieved_at: datetime.datetime | None = None
    oem_updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _ingested_at_value = UNSET if self.ingested_at is None else self.ingested_at

        if "ingestedAt" in self._deviations:
            ingested_at = _ingested_at_value
        else:
            ingested_at: str | Unset = UNSET
            if not isinstance(_ingested_at_value, Unset):
                ingested_at = _ingested_at_value.isoformat()

        _retrieved_at_value = UNSET if self.retrieved_at is None else self.retrieved_at

        if "retrievedAt" in self._deviations:
            retrieved_at = _retrieved_at_value
        else:
            retrieved_at: str | Unset = UNSET
            if not isinstance(_retrieved_at_value, Unset):
                retrieved_at = _retrieved_at_value.isoformat()

        _oem_updated_at_value = UNSET if self.oem_updated_at is None else self.oem_updated_at

        if "oemUpdatedAt" in self._deviations:
            oem_updated_at = _oem_updated_at_value
        else:
            oem_updated_at: str | Unset = UNSET
            if not isinstance(_oem_updated_at_value, Unset):
                oem_updated_at = _oem_updated_at_value.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ingested_at is not UNSET:
            field_dict["ingestedAt"] = ingested_at
        if retrieved_at is not UNSET:
            field_dict["retrievedAt"] = retrieved_at
        if oem_updated_at is not UNSET:
            field_dict["oemUpdatedAt"] = oem_updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _ingested_at_sent = d.pop("ingestedAt", UNSET)
        try:
            _ingested_at = _ingested_at_sent
            ingested_at: datetime.datetime | Unset
            if isinstance(_ingested_at, Unset):
                ingested_at = UNSET
            else:
                ingested_at = datetime.datetime.fromisoformat(_ingested_at)

        except LENIENT_ERRORS:
            ingested_at = _ingested_at_sent
        ingested_at = read_member(
            _issues,
            "ingestedAt",
            ingested_at,
            (datetime.datetime,),
            None,
            False,
        )

        _retrieved_at_sent = d.pop("retrievedAt", UNSET)
        try:
            _retrieved_at = _retrieved_at_sent
            retrieved_at: datetime.datetime | Unset
            if isinstance(_retrieved_at, Unset):
                retrieved_at = UNSET
            else:
                retrieved_at = datetime.datetime.fromisoformat(_retrieved_at)

        except LENIENT_ERRORS:
            retrieved_at = _retrieved_at_sent
        retrieved_at = read_member(
            _issues,
            "retrievedAt",
            retrieved_at,
            (datetime.datetime,),
            None,
            False,
        )

        _oem_updated_at_sent = d.pop("oemUpdatedAt", UNSET)
        try:
            _oem_updated_at = _oem_updated_at_sent
            oem_updated_at: datetime.datetime | Unset
            if isinstance(_oem_updated_at, Unset):
                oem_updated_at = UNSET
            else:
                oem_updated_at = datetime.datetime.fromisoformat(_oem_updated_at)

        except LENIENT_ERRORS:
            oem_updated_at = _oem_updated_at_sent
        oem_updated_at = read_member(
            _issues,
            "oemUpdatedAt",
            oem_updated_at,
            (datetime.datetime,),
            None,
            False,
        )

        signal_resource_meta = cls(
            ingested_at=None if isinstance(ingested_at, Unset) else ingested_at,
            retrieved_at=None if isinstance(retrieved_at, Unset) else retrieved_at,
            oem_updated_at=None if isinstance(oem_updated_at, Unset) else oem_updated_at,
        )

        signal_resource_meta._deviations = _issues

        signal_resource_meta.additional_properties = d
        return signal_resource_meta

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
