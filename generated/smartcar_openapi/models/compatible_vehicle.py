from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.compatible_vehicle_attributes import CompatibleVehicleAttributes


T = TypeVar("T", bound="CompatibleVehicle")


@_attrs_define
class CompatibleVehicle:
    """
    Attributes:
        id (str | None):
        type_ (str | None):
        attributes (CompatibleVehicleAttributes | None):
    """

    id: str | None = None
    type_: str | None = None
    attributes: CompatibleVehicleAttributes | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _id_value = UNSET if self.id is None else self.id

        id = _id_value

        _type__value = UNSET if self.type_ is None else self.type_

        type_ = _type__value

        _attributes_value = UNSET if self.attributes is None else self.attributes

        if "attributes" in self._deviations:
            attributes = _attributes_value
        else:
            attributes: dict[str, Any] | Unset = UNSET
            if not isinstance(_attributes_value, Unset):
                attributes = _attributes_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compatible_vehicle_attributes import CompatibleVehicleAttributes  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _id_sent = d.pop("id", UNSET)
        id = read_member(
            _issues,
            "id",
            _id_sent,
            (str,),
            None,
            False,
        )

        _type__sent = d.pop("type", UNSET)
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
            None,
            False,
        )

        _attributes_sent = d.pop("attributes", UNSET)
        try:
            _attributes = _attributes_sent
            attributes: CompatibleVehicleAttributes | Unset
            if isinstance(_attributes, Unset):
                attributes = UNSET
            else:
                attributes = CompatibleVehicleAttributes.from_dict(_attributes)

        except LENIENT_ERRORS:
            attributes = _attributes_sent
        attributes = read_member(
            _issues,
            "attributes",
            attributes,
            (CompatibleVehicleAttributes,),
            None,
            False,
        )

        compatible_vehicle = cls(
            id=None if isinstance(id, Unset) else id,
            type_=None if isinstance(type_, Unset) else type_,
            attributes=None if isinstance(attributes, Unset) else attributes,
        )

        compatible_vehicle._deviations = _issues

        compatible_vehicle.additional_properties = d
        return compatible_vehicle

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

    @property
    def type(self) -> str | None:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
