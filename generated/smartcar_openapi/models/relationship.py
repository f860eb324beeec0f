from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.relationship_data import RelationshipData
    from ..models.relationship_links import RelationshipLinks


T = TypeVar("T", bound="Relationship")


@_attrs_define
class Relationship:
    """
    Attributes:
        data (RelationshipData | None): A related resource's identifier. `type` is an open string (examples show
            artefacts).
        links (RelationshipLinks | None):
    """

    data: RelationshipData | None = None
    links: RelationshipLinks | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _data_value = UNSET if self.data is None else self.data

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(_data_value, Unset):
            data = _data_value.to_dict()

        _links_value = UNSET if self.links is None else self.links

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = _links_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.relationship_data import RelationshipData  # noqa: PLC0415
        from ..models.relationship_links import RelationshipLinks  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: RelationshipData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = RelationshipData.from_dict(_data)

        _links = d.pop("links", UNSET)
        links: RelationshipLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = RelationshipLinks.from_dict(_links)

        relationship = cls(
            data=None if isinstance(data, Unset) else data,
            links=None if isinstance(links, Unset) else links,
        )

        relationship.additional_properties = d
        return relationship

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
