from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal import Signal
    from ..models.signal_included import SignalIncluded


T = TypeVar("T", bound="SignalDocument")


@_attrs_define
class SignalDocument:
    """The answer of `GET /v3/vehicles/{id}/signals/{code}`, a JSON:API document.

    Attributes:
        data (Signal): One signal as a JSON:API resource.
        included (SignalIncluded | None): Resources a signal document includes.
    """

    data: Signal
    included: SignalIncluded | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        _included_value = UNSET if self.included is None else self.included

        included: dict[str, Any] | Unset = UNSET
        if not isinstance(_included_value, Unset):
            included = _included_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal import Signal  # noqa: PLC0415
        from ..models.signal_included import SignalIncluded  # noqa: PLC0415

        d = dict(src_dict)
        data = Signal.from_dict(d.pop("data"))

        _included = d.pop("included", UNSET)
        included: SignalIncluded | Unset
        if isinstance(_included, Unset):
            included = UNSET
        else:
            included = SignalIncluded.from_dict(_included)

        signal_document = cls(
            data=data,
            included=None if isinstance(included, Unset) else included,
        )

        signal_document.additional_properties = d
        return signal_document

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
