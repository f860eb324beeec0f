from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, read_member

if TYPE_CHECKING:
    from ..models.batch_response_item import BatchResponseItem


T = TypeVar("T", bound="WebhookV2Vehicle")


@_attrs_define
class WebhookV2Vehicle:
    """
    Attributes:
        vehicle_id (str | None):
        request_id (str | None):
        data (list[BatchResponseItem] | None): Same shape as batch response items.
    """

    vehicle_id: str | None = None
    request_id: str | None = None
    data: list[BatchResponseItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_response_item import BatchResponseItem  # noqa: PLC0415

        _vehicle_id_value = UNSET if self.vehicle_id is None else self.vehicle_id

        vehicle_id = _vehicle_id_value

        _request_id_value = UNSET if self.request_id is None else self.request_id

        request_id = _request_id_value

        _data_value = UNSET if self.data is None else self.data

        if "data" in self._deviations:
            data = _data_value
        else:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_data_value, Unset):
                data = []
                for data_item_data in _data_value:
                    if not isinstance(data_item_data, BatchResponseItem):
                        data.append(data_item_data)
                        continue
                    data_item = data_item_data.to_dict()
                    data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle_id is not UNSET:
            field_dict["vehicleId"] = vehicle_id
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.batch_response_item import BatchResponseItem  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _vehicle_id_sent = d.pop("vehicleId", UNSET)
        vehicle_id = read_member(
            _issues,
            "vehicleId",
            _vehicle_id_sent,
            (str,),
            None,
            False,
        )

        _request_id_sent = d.pop("requestId", UNSET)
        request_id = read_member(
            _issues,
            "requestId",
            _request_id_sent,
            (str,),
            None,
            False,
        )

        _data_sent = d.pop("data", UNSET)
        try:
            _data = _data_sent
            data: list[BatchResponseItem] | Unset = UNSET
            if _data is not UNSET:
                if not isinstance(_data, list):
                    raise TypeError(f"expected a list, got {type(_data).__name__}")
                data = []
                for data_item_data in _data:
                    try:
                        data_item = BatchResponseItem.from_dict(data_item_data)

                    except LENIENT_ERRORS:
                        data_item = data_item_data
                    data.append(data_item)

        except LENIENT_ERRORS:
            data = _data_sent
        data = read_member(
            _issues,
            "data",
            data,
            (list,),
            (BatchResponseItem,),
            False,
        )

        webhook_v2_vehicle = cls(
            vehicle_id=None if isinstance(vehicle_id, Unset) else vehicle_id,
            request_id=None if isinstance(request_id, Unset) else request_id,
            data=None if isinstance(data, Unset) else data,
        )

        webhook_v2_vehicle._deviations = _issues

        webhook_v2_vehicle.additional_properties = d
        return webhook_v2_vehicle

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
