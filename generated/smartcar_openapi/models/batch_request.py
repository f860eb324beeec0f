from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

if TYPE_CHECKING:
    from ..models.batch_request_item import BatchRequestItem


T = TypeVar("T", bound="BatchRequest")


@_attrs_define
class BatchRequest:
    """
    Attributes:
        requests (list[BatchRequestItem]):
    """

    requests: list[BatchRequestItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_request_item import BatchRequestItem  # noqa: PLC0415

        if "requests" in self._deviations:
            requests = self.requests
        else:
            requests = []
            for requests_item_data in self.requests:
                if not isinstance(requests_item_data, BatchRequestItem):
                    requests.append(requests_item_data)
                    continue
                requests_item = requests_item_data.to_dict()
                requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests": requests,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_request_item import BatchRequestItem  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _requests_sent = d.pop("requests", UNSET)
        try:
            requests = []
            _requests = _requests_sent
            if not isinstance(_requests, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_requests).__name__}")
            for requests_item_data in _requests:
                try:
                    requests_item = BatchRequestItem.from_dict(requests_item_data)

                except LENIENT_ERRORS:
                    requests_item = requests_item_data
                requests.append(requests_item)

        except LENIENT_ERRORS:
            requests = _requests_sent
        requests = read_member(
            _issues,
            "requests",
            requests,
            (list,),
            (BatchRequestItem,),
            True,
        )

        batch_request = cls(
            requests=requests,
        )

        batch_request._deviations = _issues

        batch_request.additional_properties = d
        return batch_request

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
