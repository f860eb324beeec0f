from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lock_status_item import LockStatusItem


T = TypeVar("T", bound="LockStatus")


@_attrs_define
class LockStatus:
    """
    Attributes:
        is_locked (bool): Whether the vehicle is locked.
        doors (list[LockStatusItem]): Doors (type frontLeft, frontRight, backLeft, backRight).
        windows (list[LockStatusItem]): Windows (type frontLeft, frontRight, backLeft, backRight).
        sunroof (list[LockStatusItem]): Sunroof (type sunroof).
        storage (list[LockStatusItem]): Storage compartments (type front, rear).
        charging_port (list[LockStatusItem]): Charging port (type chargingPort).
    """

    is_locked: bool
    doors: list[LockStatusItem]
    windows: list[LockStatusItem]
    sunroof: list[LockStatusItem]
    storage: list[LockStatusItem]
    charging_port: list[LockStatusItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_locked = self.is_locked

        doors = []
        for doors_item_data in self.doors:
            doors_item = doors_item_data.to_dict()
            doors.append(doors_item)

        windows = []
        for windows_item_data in self.windows:
            windows_item = windows_item_data.to_dict()
            windows.append(windows_item)

        sunroof = []
        for sunroof_item_data in self.sunroof:
            sunroof_item = sunroof_item_data.to_dict()
            sunroof.append(sunroof_item)

        storage = []
        for storage_item_data in self.storage:
            storage_item = storage_item_data.to_dict()
            storage.append(storage_item)

        charging_port = []
        for charging_port_item_data in self.charging_port:
            charging_port_item = charging_port_item_data.to_dict()
            charging_port.append(charging_port_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isLocked": is_locked,
                "doors": doors,
                "windows": windows,
                "sunroof": sunroof,
                "storage": storage,
                "chargingPort": charging_port,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lock_status_item import LockStatusItem  # noqa: PLC0415

        d = dict(src_dict)
        is_locked = d.pop("isLocked")

        doors = []
        _doors = d.pop("doors")
        for doors_item_data in _doors:
            doors_item = LockStatusItem.from_dict(doors_item_data)

            doors.append(doors_item)

        windows = []
        _windows = d.pop("windows")
        for windows_item_data in _windows:
            windows_item = LockStatusItem.from_dict(windows_item_data)

            windows.append(windows_item)

        sunroof = []
        _sunroof = d.pop("sunroof")
        for sunroof_item_data in _sunroof:
            sunroof_item = LockStatusItem.from_dict(sunroof_item_data)

            sunroof.append(sunroof_item)

        storage = []
        _storage = d.pop("storage")
        for storage_item_data in _storage:
            storage_item = LockStatusItem.from_dict(storage_item_data)

            storage.append(storage_item)

        charging_port = []
        _charging_port = d.pop("chargingPort")
        for charging_port_item_data in _charging_port:
            charging_port_item = LockStatusItem.from_dict(charging_port_item_data)

            charging_port.append(charging_port_item)

        lock_status = cls(
            is_locked=is_locked,
            doors=doors,
            windows=windows,
            sunroof=sunroof,
            storage=storage,
            charging_port=charging_port,
        )

        lock_status.additional_properties = d
        return lock_status

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
