"""`listing`: the decorator of a client's list methods, which return `Paged` or `AsyncPaged`.

Apart from the pager (``smartcar._resources.pager``) so that a class with list methods (``App``)
can be defined without it: the pager loads when a list method is first called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from .ops import AsyncRunner, SyncRunner
    from .pager import AsyncPaged, Listing, Paged

__all__ = ["listing"]

P = ParamSpec("P")
T = TypeVar("T")


class listing(Generic[P, T]):
    """Turn a method that describes a list (a :class:`Listing`) into one returning its pages.

    On a blocking object (a :class:`~smartcar._resources.ops.SyncRunner`) the method returns a
    :class:`Paged`, on an asyncio one an :class:`AsyncPaged`; mypy sees which.
    """

    def __init__(self, describe: Callable[Concatenate[Any, P], Listing[T]]) -> None:
        self._describe = describe
        self.__doc__ = describe.__doc__
        self.__name__ = describe.__name__
        self.__wrapped__ = describe

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> listing[P, T]: ...

    @overload
    def __get__(self, instance: SyncRunner, owner: type[Any]) -> Callable[P, Paged[T]]: ...

    @overload
    def __get__(self, instance: AsyncRunner, owner: type[Any]) -> Callable[P, AsyncPaged[T]]: ...

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is None:
            return self
        describe = self._describe

        def pages(*args: P.args, **kwargs: P.kwargs) -> Any:
            from .pager import _pages

            return _pages(instance, describe(instance, *args, **kwargs))

        pages.__doc__ = describe.__doc__
        pages.__name__ = describe.__name__
        return pages
