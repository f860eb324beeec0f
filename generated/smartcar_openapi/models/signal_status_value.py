from enum import StrEnum


class SignalStatusValue(StrEnum):
    ERROR = "ERROR"
    SUCCESS = "SUCCESS"
    UNAVAILABLE = "UNAVAILABLE"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SignalStatusValue | None":
        # Customised (scripts/templates): Smartcar adds enum values over time. An unknown value
        # becomes a pseudo-member that keeps the raw string instead of aborting the whole parse.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
