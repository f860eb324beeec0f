"""The SDK version, kept apart so every module can import it without cycles."""

__version__ = "7.0.0b1"
