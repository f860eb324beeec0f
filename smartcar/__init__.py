"""Typed, async-ready Python SDK for the Smartcar connected-car API."""

__version__ = "7.0.0a1"
