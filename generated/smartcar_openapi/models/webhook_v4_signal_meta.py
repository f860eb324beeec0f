from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="WebhookV4SignalMeta")


@_attrs_define
class WebhookV4SignalMeta:
    """A delivered signal's timestamps: epoch milliseconds, `0` meaning unknown (API responses
    send the same names as ISO 8601 strings). Any of them may be absent.

        Attributes:
            retrieved_at (int | None): When Smartcar retrieved the value, epoch milliseconds.
            oem_updated_at (int | None): When the OEM last updated the value, epoch milliseconds (0 when unknown).
            ingested_at (int | None): When Smartcar ingested the value, epoch milliseconds.
    """

    retrieved_at: int | None = None
    oem_updated_at: int | None = None
    ingested_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _retrieved_at_value = UNSET if self.retrieved_at is None else self.retrieved_at

        retrieved_at = _retrieved_at_value

        _oem_updated_at_value = UNSET if self.oem_updated_at is None else self.oem_updated_at

        oem_updated_at = _oem_updated_at_value

        _ingested_at_value = UNSET if self.ingested_at is None else self.ingested_at

        ingested_at = _ingested_at_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if retrieved_at is not UNSET:
            field_dict["retrievedAt"] = retrieved_at
        if oem_updated_at is not UNSET:
            field_dict["oemUpdatedAt"] = oem_updated_at
        if ingested_at is not UNSET:
            field_dict["ingestedAt"] = ingested_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _retrieved_at_sent = d.pop("retrievedAt", UNSET)
        retrieved_at = read_member(
            _issues,
            "retrievedAt",
            _retrieved_at_sent,
            (int,),
            None,
            False,
        )

        _oem_updated_at_sent = d.pop("oemUpdatedAt", UNSET)
        oem_updated_at = read_member(
            _issues,
            "oemUpdatedAt",
            _oem_updated_at_sent,
            (int,),
            None,
            False,
        )

        _ingested_at_sent = d.pop("ingestedAt", UNSET)
        ingested_at = read_member(
            _issues,
            "ingestedAt",
            _ingested_at_sent,
            (int,),
            None,
            False,
        )

        webhook_v4_signal_meta = cls(
            retrieved_at=None if isinstance(retrieved_at, Unset) else retrieved_at,
            oem_updated_at=None if isinstance(oem_updated_at, Unset) else oem_updated_at,
            ingested_at=None if isinstance(ingested_at, Unset) else ingested_at,
        )

        webhook_v4_signal_meta._deviations = _issues

        webhook_v4_signal_meta.additional_properties = d
        return webhook_v4_signal_meta

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
