from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        from ..models.service_cost import ServiceCost  # noqa: PLC0415
        from ..models.service_detail import ServiceDetail  # noqa: PLC0415

        service_id: int | None | str
        service_id = self.service_id

        service_date = self.service_date.isoformat()

        odometer_distance: float | None
        odometer_distance = self.odometer_distance

        service_tasks = []
        for service_tasks_item_data in self.service_tasks:
            service_tasks_item = service_tasks_item_data.to_dict()
            service_tasks.append(service_tasks_item)

        service_details: dict[str, Any] | list[dict[str, Any]] | None
        if isinstance(self.service_details, list):
            service_details = []
            for service_details_type_0_item_data in self.service_details:
                service_details_type_0_item = service_details_type_0_item_data.to_dict()
                service_details.append(service_details_type_0_item)

        elif isinstance(self.service_details, ServiceDetail):
            service_details = self.service_details.to_dict()
        else:
            service_details = self.service_details

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_cost import ServiceCost  # noqa: PLC0415
        from ..models.service_detail import ServiceDetail  # noqa: PLC0415
        from ..models.service_task import ServiceTask  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_service_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        service_id = _parse_service_id(d.pop("serviceId"))

        service_date = datetime.datetime.fromisoformat(d.pop("serviceDate"))

        def _parse_odometer_distance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        odometer_distance = _parse_odometer_distance(d.pop("odometerDistance"))

        service_tasks = []
        _service_tasks = d.pop("serviceTasks")
        for service_tasks_item_data in _service_tasks:
            service_tasks_item = ServiceTask.from_dict(service_tasks_item_data)

            service_tasks.append(service_tasks_item)

        def _parse_service_details(data: object) -> list[ServiceDetail] | None | ServiceDetail:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                service_details_type_0 = []
                _service_details_type_0 = data
                for service_details_type_0_item_data in _service_details_type_0:
                    service_details_type_0_item = ServiceDetail.from_dict(service_details_type_0_item_data)

                    service_details_type_0.append(service_details_type_0_item)

                return service_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_details_type_1 = ServiceDetail.from_dict(data)

                return service_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceDetail] | None | ServiceDetail, data)

        service_details = _parse_service_details(d.pop("serviceDetails"))

        def _parse_service_cost(data: object) -> None | ServiceCost:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                service_cost_type_0 = ServiceCost.from_dict(data)

                return service_cost_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceCost, data)

        service_cost = _parse_service_cost(d.pop("serviceCost"))

        service_record = cls(
            service_id=service_id,
            service_date=service_date,
            odometer_distance=odometer_distance,
            service_tasks=service_tasks,
            service_details=service_details,
            service_cost=service_cost,
        )

        service_record.additional_properties = d
        return service_record

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
