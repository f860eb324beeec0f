from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_schedule_execution_attributes import ChargeScheduleExecutionAttributes
    from ..models.charge_schedule_execution_resource_links import ChargeScheduleExecutionResourceLinks
    from ..models.execution_meta import ExecutionMeta


T = TypeVar("T", bound="ChargeScheduleExecutionResource")


@_attrs_define
class ChargeScheduleExecutionResource:
    """
    Attributes:
        id (str):
        type_ (str): `charge-schedule-execution`.
        attributes (ChargeScheduleExecutionAttributes):
        links (ChargeScheduleExecutionResourceLinks | None):
        meta (ExecutionMeta | None):
    """

    id: str
    type_: str
    attributes: ChargeScheduleExecutionAttributes
    links: ChargeScheduleExecutionResourceLinks | None = None
    meta: ExecutionMeta | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        attributes = self.attributes.to_dict()

        _links_value = UNSET if self.links is None else self.links

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(_links_value, Unset):
            links = _links_value.to_dict()

        _meta_value = UNSET if self.meta is None else self.meta

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(_meta_value, Unset):
            meta = _meta_value.to_dict()

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
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.charge_schedule_execution_attributes import ChargeScheduleExecutionAttributes  # noqa: PLC0415
        from ..models.charge_schedule_execution_resource_links import ChargeScheduleExecutionResourceLinks  # noqa: PLC0415
        from ..models.execution_meta import ExecutionMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        attributes = ChargeScheduleExecutionAttributes.from_dict(d.pop("attributes"))

        _links = d.pop("links", UNSET)
        links: ChargeScheduleExecutionResourceLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ChargeScheduleExecutionResourceLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: ExecutionMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ExecutionMeta.from_dict(_meta)

        charge_schedule_execution_resource = cls(
            id=id,
            type_=type_,
            attributes=attributes,
            links=None if isinstance(links, Unset) else links,
            meta=None if isinstance(meta, Unset) else meta,
        )

        charge_schedule_execution_resource.additional_properties = d
        return charge_schedule_execution_resource

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
