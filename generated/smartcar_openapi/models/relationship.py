from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _data_value = UNSET if self.data is None else self.data

        if "data" in self._deviations:
            data = _data_value
        else:
            data: dict[str, Any] | Unset = UNSET
            if not isinstance(_data_value, Unset):
                data = _data_value.to_dict()

        _links_value = UNSET if self.links is None else self.links

        if "links" in self._deviations:
            links = _links_value
        else:
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
        _issues: dict[str, str] = {}
        _data_sent = d.pop("data", UNSET)
        try:
            _data = _data_sent
            data: RelationshipData | Unset
            if isinstance(_data, Unset):
                data = UNSET
            else:
                data = RelationshipData.from_dict(_data)

        except LENIENT_ERRORS:
            data = _data_sent
        data = read_member(
            _issues,
            "data",
            data,
            (RelationshipData,),
            None,
            False,
        )

        _links_sent = d.pop("links", UNSET)
        try:
            _links = _links_sent
            links: RelationshipLinks | Unset
            if isinstance(_links, Unset):
                links = UNSET
            else:
                links = RelationshipLinks.from_dict(_links)

        except LENIENT_ERRORS:
            links = _links_sent
        links = read_member(
            _issues,
            "links",
            links,
            (RelationshipLinks,),
            None,
            False,
        )

        relationship = cls(
            data=None if isinstance(data, Unset) else data,
            links=None if isinstance(links, Unset) else links,
        )

        relationship._deviations = _issues

        relationship.additional_properties = d
        return relationship

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
