from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.resource_links import ResourceLinks
    from ..models.vehicle_v3_attributes import VehicleV3Attributes


T = TypeVar("T", bound="VehicleV3")


@_attrs_define
class VehicleV3:
    """The JSON:API vehicle resource (also `included.vehicle` of signal documents).

    Attributes:
        id (str): Smartcar vehicle id.
        type_ (str): Resource type, `vehicle`.
        attributes (VehicleV3Attributes):
        links (ResourceLinks | None): JSON:API links.
    """

    id: str
    type_: str
    attributes: VehicleV3Attributes
    links: ResourceLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        if "attributes" in self._deviations:
            attributes = self.attributes
        else:
            attributes = self.attributes.to_dict()

        _links_value = UNSET if self.links is None else self.links

        if "links" in self._deviations:
            links = _links_value
        else:
            links: dict[str, Any] | Unset = UNSET
            if not isinstance(_links_value, Unset):
                links = _links_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "attributes": attributes,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_links import ResourceLinks  # noqa: PLC0415
        from ..models.vehicle_v3_attributes import VehicleV3Attributes  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _id_sent = d.pop("id", UNSET)
        id = read_member(
            _issues,
            "id",
            _id_sent,
            (str,),
            None,
            True,
        )

        _type__sent = d.pop("type", UNSET)
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
            None,
            True,
        )

        _attributes_sent = d.pop("attributes", UNSET)
        try:
            attributes = VehicleV3Attributes.from_dict(_attributes_sent)

        except LENIENT_ERRORS:
            attributes = _attributes_sent
        attributes = read_member(
            _issues,
            "attributes",
            attributes,
            (VehicleV3Attributes,),
            None,
            True,
        )

        _links_sent = d.pop("links", UNSET)
        try:
            _links = _links_sent
            links: ResourceLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = ResourceLinks.from_dict(_links)

        except LENIENT_ERRORS:
            links = _links_sent
        links = read_member(
            _issues,
            "links",
            links,
            (ResourceLinks,),
            None,
            False,
        )

        vehicle_v3 = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            links=None if isinstance(links, Unset) else links,
        )

        vehicle_v3._deviations = _issues

        vehicle_v3.additional_properties = d
        return vehicle_v3

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
    def type(self) -> str:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
