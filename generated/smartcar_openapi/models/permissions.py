from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

if TYPE_CHECKING:
    from ..models.paging import Paging


T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """Permissions granted for a vehicle (`permissions`) and `paging`.

    Attributes:
        paging (Paging):
        permissions (list[str]): Granted permissions, for example `read_odometer`.
    """

    paging: Paging
    permissions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "paging" in self._deviations:
            paging = self.paging
        else:
            paging = self.paging.to_dict()

        if "permissions" in self._deviations:
            permissions = self.permissions
        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paging": paging,
                "permissions": permissions,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paging import Paging  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _paging_sent = d.pop("paging", UNSET)
        try:
            paging = Paging.from_dict(_paging_sent)

        except LENIENT_ERRORS:
            paging = _paging_sent
        paging = read_member(
            _issues,
            "paging",
            paging,
            (Paging,),
            None,
            True,
        )

        _permissions_sent = d.pop("permissions", UNSET)
        try:
            permissions = cast(list[str], _permissions_sent)

        except LENIENT_ERRORS:
            permissions = _permissions_sent
        permissions = read_member(
            _issues,
            "permissions",
            permissions,
            (list,),
            (str,),
            True,
        )

        permissions = cls(
            paging=paging,
            permissions=permissions,
        )

        permissions._deviations = _issues

        permissions.additional_properties = d
        return permissions

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
