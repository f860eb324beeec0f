from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

if TYPE_CHECKING:
    from ..models.diagnostic_system import DiagnosticSystem


T = TypeVar("T", bound="DiagnosticSystemStatus")


@_attrs_define
class DiagnosticSystemStatus:
    """Health of the vehicle's systems (`systems`: `system_id`, `status`, ...).

    Attributes:
        systems (list[DiagnosticSystem]):
    """

    systems: list[DiagnosticSystem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.diagnostic_system import DiagnosticSystem  # noqa: PLC0415

        if "systems" in self._deviations:
            systems = self.systems
        else:
            systems = []
            for systems_item_data in self.systems:
                if not isinstance(systems_item_data, DiagnosticSystem):
                    systems.append(systems_item_data)
                    continue
                systems_item = systems_item_data.to_dict()
                systems.append(systems_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systems": systems,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.diagnostic_system import DiagnosticSystem  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _systems_sent = d.pop("systems", UNSET)
        try:
            systems = []
            _systems = _systems_sent
            if not isinstance(_systems, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_systems).__name__}")
            for systems_item_data in _systems:
                try:
                    systems_item = DiagnosticSystem.from_dict(systems_item_data)

                except LENIENT_ERRORS:
                    systems_item = systems_item_data
                systems.append(systems_item)

        except LENIENT_ERRORS:
            systems = _systems_sent
        systems = read_member(
            _issues,
            "systems",
            systems,
            (list,),
            (DiagnosticSystem,),
            True,
        )

        diagnostic_system_status = cls(
            systems=systems,
        )

        diagnostic_system_status._deviations = _issues

        diagnostic_system_status.additional_properties = d
        return diagnostic_system_status

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
