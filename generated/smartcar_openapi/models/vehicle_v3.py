from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        _links_value = UNSET if self.links is None else self.links

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_links import ResourceLinks  # noqa: PLC0415
        from ..models.vehicle_v3_attributes import VehicleV3Attributes  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        attributes = VehicleV3Attributes.from_dict(d.pop("attributes"))

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ResourceLinks.from_dict(_links)

        vehicle_v3 = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            links=None if isinstance(links, Unset) else links,
        )

        vehicle_v3.additional_properties = d
        return vehicle_v3

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
