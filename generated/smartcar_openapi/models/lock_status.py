from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, read_member

if TYPE_CHECKING:
    from ..models.lock_status_item import LockStatusItem


T = TypeVar("T", bound="LockStatus")


@_attrs_define
class LockStatus:
    """Lock status: `is_locked` and the status of `doors`, `windows`, `sunroof` ...

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.lock_status_item import LockStatusItem  # noqa: PLC0415

        is_locked = self.is_locked

        if "doors" in self._deviations:
            doors = self.doors
        else:
            doors = []
            for doors_item_data in self.doors:
                if not isinstance(doors_item_data, LockStatusItem):
                    doors.append(doors_item_data)
                    continue
                doors_item = doors_item_data.to_dict()
                doors.append(doors_item)

        if "windows" in self._deviations:
            windows = self.windows
        else:
            windows = []
            for windows_item_data in self.windows:
                if not isinstance(windows_item_data, LockStatusItem):
                    windows.append(windows_item_data)
                    continue
                windows_item = windows_item_data.to_dict()
                windows.append(windows_item)

        if "sunroof" in self._deviations:
            sunroof = self.sunroof
        else:
            sunroof = []
            for sunroof_item_data in self.sunroof:
                if not isinstance(sunroof_item_data, LockStatusItem):
                    sunroof.append(sunroof_item_data)
                    continue
                sunroof_item = sunroof_item_data.to_dict()
                sunroof.append(sunroof_item)

        if "storage" in self._deviations:
            storage = self.storage
        else:
            storage = []
            for storage_item_data in self.storage:
                if not isinstance(storage_item_data, LockStatusItem):
                    storage.append(storage_item_data)
                    continue
                storage_item = storage_item_data.to_dict()
                storage.append(storage_item)

        if "chargingPort" in self._deviations:
            charging_port = self.charging_port
        else:
            charging_port = []
            for charging_port_item_data in self.charging_port:
                if not isinstance(charging_port_item_data, LockStatusItem):
                    charging_port.append(charging_port_item_data)
                    continue
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lock_status_item import LockStatusItem  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _is_locked_sent = d.pop("isLocked", UNSET)
        is_locked = read_member(
            _issues,
            "isLocked",
            _is_locked_sent,
            (bool,),
            None,
            True,
        )

        _doors_sent = d.pop("doors", UNSET)
        try:
            doors = []
            _doors = _doors_sent
            if not isinstance(_doors, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_doors).__name__}")
            for doors_item_data in _doors:
                try:
                    doors_item = LockStatusItem.from_dict(doors_item_data)

                except LENIENT_ERRORS:
                    doors_item = doors_item_data
                doors.append(doors_item)

        except LENIENT_ERRORS:
            doors = _doors_sent
        doors = read_member(
            _issues,
            "doors",
            doors,
            (list,),
            (LockStatusItem,),
            True,
        )

        _windows_sent = d.pop("windows", UNSET)
        try:
            windows = []
            _windows = _windows_sent
            if not isinstance(_windows, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_windows).__name__}")
            for windows_item_data in _windows:
                try:
                    windows_item = LockStatusItem.from_dict(windows_item_data)

                except LENIENT_ERRORS:
                    windows_item = windows_item_data
                windows.append(windows_item)

        except LENIENT_ERRORS:
            windows = _windows_sent
        windows = read_member(
            _issues,
            "windows",
            windows,
            (list,),
            (LockStatusItem,),
            True,
        )

        _sunroof_sent = d.pop("sunroof", UNSET)
        try:
            sunroof = []
            _sunroof = _sunroof_sent
            if not isinstance(_sunroof, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_sunroof).__name__}")
            for sunroof_item_data in _sunroof:
                try:
                    sunroof_item = LockStatusItem.from_dict(sunroof_item_data)

                except LENIENT_ERRORS:
                    sunroof_item = sunroof_item_data
                sunroof.append(sunroof_item)

        except LENIENT_ERRORS:
            sunroof = _sunroof_sent
        sunroof = read_member(
            _issues,
            "sunroof",
            sunroof,
            (list,),
            (LockStatusItem,),
            True,
        )

        _storage_sent = d.pop("storage", UNSET)
        try:
            storage = []
            _storage = _storage_sent
            if not isinstance(_storage, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_storage).__name__}")
            for storage_item_data in _storage:
                try:
                    storage_item = LockStatusItem.from_dict(storage_item_data)

                except LENIENT_ERRORS:
                    storage_item = storage_item_data
                storage.append(storage_item)

        except LENIENT_ERRORS:
            storage = _storage_sent
        storage = read_member(
            _issues,
            "storage",
            storage,
            (list,),
            (LockStatusItem,),
            True,
        )

        _charging_port_sent = d.pop("chargingPort", UNSET)
        try:
            charging_port = []
            _charging_port = _charging_port_sent
            if not isinstance(_charging_port, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_charging_port).__name__}")
            for charging_port_item_data in _charging_port:
                try:
                    charging_port_item = LockStatusItem.from_dict(charging_port_item_data)

                except LENIENT_ERRORS:
                    charging_port_item = charging_port_item_data
                charging_port.append(charging_port_item)

        except LENIENT_ERRORS:
            charging_port = _charging_port_sent
        charging_port = read_member(
            _issues,
            "chargingPort",
            charging_port,
            (list,),
            (LockStatusItem,),
            True,
        )

        lock_status = cls(
            is_locked=is_locked,
            doors=doors,
            windows=windows,
            sunroof=sunroof,
            storage=storage,
            charging_port=charging_port,
        )

        lock_status._deviations = _issues

        lock_status.additional_properties = d
        return lock_status

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
