from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.service_cost import ServiceCost
    from ..models.service_detail import ServiceDetail
    from ..models.service_task import ServiceTask


T = TypeVar("T", bound="ServiceRecord")


@_attrs_define
class ServiceRecord:
    """
    Attributes:
        service_id (int | None | str): Service record id (an integer in fixtures; the docs are not explicit).
        service_date (datetime.datetime): ISO 8601 date-time of the service.
        odometer_distance (float | None): Odometer at service time in kilometres (metric) or miles (imperial).
        service_tasks (list[ServiceTask]):
        service_details (list[ServiceDetail] | None | ServiceDetail): Details of the service. An array per the docs; a
            single object in one SDK fixture.
        service_cost (None | ServiceCost): Cost of the service, or null.
    """

    service_id: int | None | str
    service_date: datetime.datetime
    odometer_distance: float | None
    service_tasks: list[ServiceTask]
    service_details: list[ServiceDetail] | None | ServiceDetail
    service_cost: None | ServiceCost
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_cost import ServiceCost  # noqa: PLC0415
        from ..models.service_detail import ServiceDetail  # noqa: PLC0415
        from ..models.service_task import ServiceTask  # noqa: PLC0415

        if "serviceId" in self._deviations:
            service_id = self.service_id
        else:
            service_id: int | None | str
            service_id = self.service_id

        if "serviceDate" in self._deviations:
            service_date = self.service_date
        else:
            service_date = self.service_date.isoformat()

        if "odometerDistance" in self._deviations:
            odometer_distance = self.odometer_distance
        else:
            odometer_distance: float | None
            odometer_distance = self.odometer_distance

        if "serviceTasks" in self._deviations:
            service_tasks = self.service_tasks
        else:
            service_tasks = []
            for service_tasks_item_data in self.service_tasks:
                if not isinstance(service_tasks_item_data, ServiceTask):
                    service_tasks.append(service_tasks_item_data)
                    continue
                service_tasks_item = service_tasks_item_data.to_dict()
                service_tasks.append(service_tasks_item)

        if "serviceDetails" in self._deviations:
            service_details = self.service_details
        else:
            service_details: dict[str, Any] | list[dict[str, Any]] | None
            if isinstance(self.service_details, list):
                service_details = []
                for service_details_type_0_item_data in self.service_details:
                    if not isinstance(service_details_type_0_item_data, ServiceDetail):
                        service_details.append(service_details_type_0_item_data)
                        continue
                    service_details_type_0_item = service_details_type_0_item_data.to_dict()
                    service_details.append(service_details_type_0_item)

            elif isinstance(self.service_details, ServiceDetail):
                service_details = self.service_details.to_dict()
            else:
                service_details = self.service_details

        if "serviceCost" in self._deviations:
            service_cost = self.service_cost
        else:
            service_cost: dict[str, Any] | None
            if isinstance(self.service_cost, ServiceCost):
                service_cost = self.service_cost.to_dict()
            else:
                service_cost = self.service_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceId": service_id,
                "serviceDate": service_date,
                "odometerDistance": odometer_distance,
                "serviceTasks": service_tasks,
                "serviceDetails": service_details,
                "serviceCost": service_cost,
            }
        )
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_cost import ServiceCost  # noqa: PLC0415
        from ..models.service_detail import ServiceDetail  # noqa: PLC0415
        from ..models.service_task import ServiceTask  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _service_id_sent = d.pop("serviceId", UNSET)
        try:

            def _parse_service_id(data: object) -> int | None | str:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(int | None | str, data)

            service_id = _parse_service_id(_service_id_sent)

        except LENIENT_ERRORS:
            service_id = _service_id_sent
        service_id = read_member(
            _issues,
            "serviceId",
            service_id,
            (
                int,
                str,
                None,
            ),
            None,
            True,
        )

        _service_date_sent = d.pop("serviceDate", UNSET)
        try:
            service_date = datetime.datetime.fromisoformat(_service_date_sent)

        except LENIENT_ERRORS:
            service_date = _service_date_sent
        service_date = read_member(
            _issues,
            "serviceDate",
            service_date,
            (datetime.datetime,),
            None,
            True,
        )

        _odometer_distance_sent = d.pop("odometerDistance", UNSET)
        try:

            def _parse_odometer_distance(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            odometer_distance = _parse_odometer_distance(_odometer_distance_sent)

        except LENIENT_ERRORS:
            odometer_distance = _odometer_distance_sent
        odometer_distance = read_member(
            _issues,
            "odometerDistance",
            odometer_distance,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _service_tasks_sent = d.pop("serviceTasks", UNSET)
        try:
            service_tasks = []
            _service_tasks = _service_tasks_sent
            if not isinstance(_service_tasks, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_service_tasks).__name__}")
            for service_tasks_item_data in _service_tasks:
                try:
                    service_tasks_item = ServiceTask.from_dict(service_tasks_item_data)

                except LENIENT_ERRORS:
                    service_tasks_item = service_tasks_item_data
                service_tasks.append(service_tasks_item)

        except LENIENT_ERRORS:
            service_tasks = _service_tasks_sent
        service_tasks = read_member(
            _issues,
            "serviceTasks",
            service_tasks,
            (list,),
            (ServiceTask,),
            True,
        )

        _service_details_sent = d.pop("serviceDetails", UNSET)
        try:

            def _parse_service_details(data: object) -> list[ServiceDetail] | None | ServiceDetail:
                if data is None:
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    service_details_type_0 = []
                    _service_details_type_0 = data
                    if not isinstance(_service_details_type_0, list):
                        # A string or an object is iterable too, but not a list: kept as sent by the caller.
                        raise TypeError(f"expected a list, got {type(_service_details_type_0).__name__}")
                    for service_details_type_0_item_data in _service_details_type_0:
                        try:
                            service_details_type_0_item = ServiceDetail.from_dict(service_details_type_0_item_data)

                        except LENIENT_ERRORS:
                            service_details_type_0_item = service_details_type_0_item_data
                        service_details_type_0.append(service_details_type_0_item)

                    if not getattr(service_details_type_0, "_deviations", None):
                        return service_details_type_0
                    _candidates.append(service_details_type_0)
                except LENIENT_ERRORS:
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    service_details_type_1 = ServiceDetail.from_dict(data)

                    if not getattr(service_details_type_1, "_deviations", None):
                        return service_details_type_1
                    _candidates.append(service_details_type_1)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(list[ServiceDetail] | None | ServiceDetail, data)

            service_details = _parse_service_details(_service_details_sent)

        except LENIENT_ERRORS:
            service_details = _service_details_sent
        service_details = read_member(
            _issues,
            "serviceDetails",
            service_details,
            (
                list,
                ServiceDetail,
                None,
            ),
            (ServiceDetail,),
            True,
        )

        _service_cost_sent = d.pop("serviceCost", UNSET)
        try:

            def _parse_service_cost(data: object) -> None | ServiceCost:
                if data is None:
                    return data
                _candidates: list[Any] = []
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    service_cost_type_0 = ServiceCost.from_dict(data)

                    if not getattr(service_cost_type_0, "_deviations", None):
                        return service_cost_type_0
                    _candidates.append(service_cost_type_0)
                except LENIENT_ERRORS:
                    pass
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | ServiceCost, data)

            service_cost = _parse_service_cost(_service_cost_sent)

        except LENIENT_ERRORS:
            service_cost = _service_cost_sent
        service_cost = read_member(
            _issues,
            "serviceCost",
            service_cost,
            (
                ServiceCost,
                None,
            ),
            None,
            True,
        )

        service_record = cls(
            service_id=service_id,
            service_date=service_date,
            odometer_distance=odometer_distance,
            service_tasks=service_tasks,
            service_details=service_details,
            service_cost=service_cost,
        )

        service_record._deviations = _issues

        service_record.additional_properties = d
        return service_record

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
