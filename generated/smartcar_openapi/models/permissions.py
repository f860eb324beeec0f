from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.paging import Paging


T = TypeVar("T", bound="Permissions")


@_attrs_define
class Permissions:
    """
    Attributes:
        paging (Paging):
        permissions (list[str]): Granted permissions, for example `read_odometer`.
    """

    paging: Paging
    permissions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paging = self.paging.to_dict()

        permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paging": paging,
                "permissions": permissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paging import Paging  # noqa: PLC0415

        d = dict(src_dict)
        paging = Paging.from_dict(d.pop("paging"))

        permissions = cast(list[str], d.pop("permissions"))

        permissions = cls(
            paging=paging,
            permissions=permissions,
        )

        permissions.additional_properties = d
        return permissions

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
