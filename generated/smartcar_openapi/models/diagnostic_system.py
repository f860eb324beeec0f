from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.diagnostic_status import DiagnosticStatus
from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

T = TypeVar("T", bound="DiagnosticSystem")


@_attrs_define
class DiagnosticSystem:
    """
    Attributes:
        system_id (str): System id, for example `SYSTEM_ENGINE`, `SYSTEM_TPMS`.
        status (DiagnosticStatus): Status of a vehicle system.
        description (None | str): Details of an alert.
    """

    system_id: str
    status: DiagnosticStatus
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        system_id = self.system_id

        if "status" in self._deviations:
            status = self.status
        else:
            status = self.status.value

        if "description" in self._deviations:
            description = self.description
        else:
            description: None | str
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "systemId": system_id,
                "status": status,
                "description": description,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _system_id_sent = d.pop("systemId", UNSET)
        system_id = read_member(
            _issues,
            "systemId",
            _system_id_sent,
            (str,),
            None,
            True,
        )

        _status_sent = d.pop("status", UNSET)
        try:
            status = DiagnosticStatus(_status_sent)

        except LENIENT_ERRORS:
            status = _status_sent
        status = read_member(
            _issues,
            "status",
            status,
            (DiagnosticStatus,),
            None,
            True,
        )

        _description_sent = d.pop("description", UNSET)
        try:

            def _parse_description(data: object) -> None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str, data)

            description = _parse_description(_description_sent)

        except LENIENT_ERRORS:
            description = _description_sent
        description = read_member(
            _issues,
            "description",
            description,
            (
                str,
                None,
            ),
            None,
            True,
        )

        diagnostic_system = cls(
            system_id=system_id,
            status=status,
            description=description,
        )

        diagnostic_system._deviations = _issues

        diagnostic_system.additional_properties = d
        return diagnostic_system

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
