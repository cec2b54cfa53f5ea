"""Recording what runs on the GUI thread: the SQL a widget sends, the calls it makes.

A test wraps a widget's opening in :func:`sql_on_gui_thread` and asserts the list stays empty: a read
moved back onto the GUI thread (the window freezing while it waits for the database) fails it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def sql_on_gui_thread(engine: Engine) -> Iterator[list[str]]:
    """The statements the engine executes on the GUI thread while the block runs."""
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if on_gui_thread():
            seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def record_threads(call: Callable[..., Any], threads: list[bool]) -> Callable[..., Any]:
    """``call``, noting for each call whether it ran on the GUI thread."""

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(on_gui_thread())
        return call(*args, **kwargs)

    return spy
