from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

if TYPE_CHECKING:
    from ..models.signal_error_resolution import SignalErrorResolution


T = TypeVar("T", bound="SignalError")


@_attrs_define
class SignalError:
    """Why the signal could not be read (with an ERROR status).

    Attributes:
        type_ (str | None): Error type, as in `SmartcarError.type`.
        code (None | str): Error code; `UNKNOWN` or null when Smartcar gives none.
        title (str | None): A short title.
        detail (str | None): What went wrong.
        description (str | None): "Deprecated. Use detail" (sent as is).
        resolution (SignalErrorResolution | None):
    """

    type_: str | None = None
    code: None | str = None
    title: str | None = None
    detail: str | None = None
    description: str | None = None
    resolution: SignalErrorResolution | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _type__value = UNSET if self.type_ is None else self.type_

        type_ = _type__value

        _code_value = UNSET if self.code is None and "code" not in self._sent_nulls else self.code

        if "code" in self._deviations:
            code = _code_value
        else:
            code: None | str | Unset
            if isinstance(_code_value, Unset):
                code = UNSET
            else:
                code = _code_value

        _title_value = UNSET if self.title is None else self.title

        title = _title_value

        _detail_value = UNSET if self.detail is None else self.detail

        detail = _detail_value

        _description_value = UNSET if self.description is None else self.description

        description = _description_value

        _resolution_value = UNSET if self.resolution is None else self.resolution

        if "resolution" in self._deviations:
            resolution = _resolution_value
        else:
            resolution: dict[str, Any] | Unset = UNSET
            if not isinstance(_resolution_value, Unset):
                resolution = _resolution_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if description is not UNSET:
            field_dict["description"] = description
        if resolution is not UNSET:
            field_dict["resolution"] = resolution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_error_resolution import SignalErrorResolution  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _type__sent = d.pop("type", UNSET)
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
            None,
            False,
        )

        _code_sent = d.pop("code", UNSET)
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(None | str | Unset, data)

            code = _parse_code(_code_sent)

        except LENIENT_ERRORS:
            code = _code_sent
        code = read_member(
            _issues,
            "code",
            code,
            (
                str,
                None,
            ),
            None,
            False,
        )

        _title_sent = d.pop("title", UNSET)
        title = read_member(
            _issues,
            "title",
            _title_sent,
            (str,),
            None,
            False,
        )

        _detail_sent = d.pop("detail", UNSET)
        detail = read_member(
            _issues,
            "detail",
            _detail_sent,
            (str,),
            None,
            False,
        )

        _description_sent = d.pop("description", UNSET)
        description = read_member(
            _issues,
            "description",
            _description_sent,
            (str,),
            None,
            False,
        )

        _resolution_sent = d.pop("resolution", UNSET)
        try:
            _resolution = _resolution_sent
            resolution: SignalErrorResolution | Unset
            if isinstance(_resolution, Unset):
                resolution = UNSET
            else:
                resolution = SignalErrorResolution.from_dict(_resolution)

        except LENIENT_ERRORS:
            resolution = _resolution_sent
        resolution = read_member(
            _issues,
            "resolution",
            resolution,
            (SignalErrorResolution,),
            None,
            False,
        )

        signal_error = cls(
            type_=None if isinstance(type_, Unset) else type_,
            code=None if isinstance(code, Unset) else code,
            title=None if isinstance(title, Unset) else title,
            detail=None if isinstance(detail, Unset) else detail,
            description=None if isinstance(description, Unset) else description,
            resolution=None if isinstance(resolution, Unset) else resolution,
        )
        signal_error._sent_nulls = frozenset(
            field_name for field_name, field_value in (("code", code),) if field_value is None
        )

        signal_error._deviations = _issues

        signal_error.additional_properties = d
        return signal_error

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

    @property
    def type(self) -> str | None:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
