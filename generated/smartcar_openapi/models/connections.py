from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

if TYPE_CHECKING:
    from ..models.connection import Connection
    from ..models.cursor_paging import CursorPaging


T = TypeVar("T", bound="Connections")


@_attrs_define
class Connections:
    """A page of vehicle connections (`connections`) and the cursor `paging`.

    Attributes:
        connections (list[Connection]):
        paging (CursorPaging):
    """

    connections: list[Connection]
    paging: CursorPaging
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.connection import Connection  # noqa: PLC0415

        if "connections" in self._deviations:
            connections = self.connections
        else:
            connections = []
            for connections_item_data in self.connections:
                if not isinstance(connections_item_data, Connection):
                    connections.append(connections_item_data)
                    continue
                connections_item = connections_item_data.to_dict()
                connections.append(connections_item)

        if "paging" in self._deviations:
            paging = self.paging
        else:
            paging = self.paging.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connections": connections,
                "paging": paging,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.connection import Connection  # noqa: PLC0415
        from ..models.cursor_paging import CursorPaging  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _connections_sent = d.pop("connections", UNSET)
        try:
            connections = []
            _connections = _connections_sent
            if not isinstance(_connections, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_connections).__name__}")
            for connections_item_data in _connections:
                try:
                    connections_item = Connection.from_dict(connections_item_data)

                except LENIENT_ERRORS:
                    connections_item = connections_item_data
                connections.append(connections_item)

        except LENIENT_ERRORS:
            connections = _connections_sent
        connections = read_member(
            _issues,
            "connections",
            connections,
            (list,),
            (Connection,),
            True,
        )

        _paging_sent = d.pop("paging", UNSET)
        try:
            paging = CursorPaging.from_dict(_paging_sent)

        except LENIENT_ERRORS:
            paging = _paging_sent
        paging = read_member(
            _issues,
            "paging",
            paging,
            (CursorPaging,),
            None,
            True,
        )

        connections = cls(
            connections=connections,
            paging=paging,
        )

        connections._deviations = _issues

        connections.additional_properties = d
        return connections

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
