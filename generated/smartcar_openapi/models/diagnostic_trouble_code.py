from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

T = TypeVar("T", bound="DiagnosticTroubleCode")


@_attrs_define
class DiagnosticTroubleCode:
    """
    Attributes:
        code (str): OBD-II trouble code, for example `P302D`.
        timestamp (datetime.datetime | None): ISO 8601 date-time at which the code was set, if known.
    """

    code: str
    timestamp: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        if "timestamp" in self._deviations:
            timestamp = self.timestamp
        else:
            timestamp: None | str
            if isinstance(self.timestamp, datetime.datetime):
                timestamp = self.timestamp.isoformat()
            else:
                timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "timestamp": timestamp,
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
        _code_sent = d.pop("code", UNSET)
        code = read_member(
            _issues,
            "code",
            _code_sent,
            (str,),
            None,
            True,
        )

        _timestamp_sent = d.pop("timestamp", UNSET)
        try:

            def _parse_timestamp(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    timestamp_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(timestamp_type_0, "_deviations", None):
                        return timestamp_type_0
                    _candidates.append(timestamp_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(datetime.datetime | None, data)

            timestamp = _parse_timestamp(_timestamp_sent)

        except LENIENT_ERRORS:
            timestamp = _timestamp_sent
        timestamp = read_member(
            _issues,
            "timestamp",
            timestamp,
            (
                datetime.datetime,
                None,
            ),
            None,
            True,
        )

        diagnostic_trouble_code = cls(
            code=code,
            timestamp=timestamp,
        )

        diagnostic_trouble_code._deviations = _issues

        diagnostic_trouble_code.additional_properties = d
        return diagnostic_trouble_code

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
