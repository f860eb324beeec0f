from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalBodyCapacity")


@_attrs_define
class SignalBodyCapacity:
    """One battery capacity the vehicle may have.

    Attributes:
        capacity (float):
        description (None | str):
    """

    capacity: float
    description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        capacity = self.capacity

        _description_value = (
            UNSET if self.description is None and "description" not in self._sent_nulls else self.description
        )

        description: None | str | Unset
        if isinstance(_description_value, Unset):
            description = UNSET
        else:
            description = _description_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        capacity = d.pop("capacity")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        signal_body_capacity = cls(
            capacity=capacity,
            description=None if isinstance(description, Unset) else description,
        )
        signal_body_capacity._sent_nulls = frozenset(
            field_name for field_name, field_value in (("description", description),) if field_value is None
        )

        signal_body_capacity.additional_properties = d
        return signal_body_capacity

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
