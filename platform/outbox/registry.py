"""Which handler delivers which kind of outbox message, and what a handler may say.

Apps register their kinds in AppConfig.ready():

    outbox.registry.register("safeguarding.concern_mail", send=concern_mail_send,
                             queue=settings.SAFEGUARDING_QUEUE, priority=0)

`send(message, batch)` performs the effect of one message. It returns normally when the
effect happened, or raises one of the exceptions below. `batch` is what the optional
`batch(messages, now=...)` context manager yielded for the messages claimed together (one SMTP
connection, the rows they need loaded in a few queries), or None.
"""

import datetime
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass


class Skip(Exception):  # noqa: N818 (an outcome, not an error)
    """The effect is not needed any more (unsubscribed, the course was completed)."""


class Refuse(Exception):  # noqa: N818
    """The effect can never happen (an address the mail server refuses): failed for good."""


class Retry(Exception):  # noqa: N818
    """A network fault: try this message later, and leave the rest of its kind's batch
    for later too (the mail server is down for them as well)."""


class Postpone(Exception):  # noqa: N818
    """Not now (quiet hours): try again at `until`."""

    def __init__(self, until: datetime.datetime):
        super().__init__(until.isoformat())
        self.until = until


@dataclass(frozen=True)
class Handler:
    kind: str
    send: Callable
    batch: Callable[..., AbstractContextManager] | None = None
    # Celery queue of the task that delivers the kind at once: a name, a function that
    # reads it from the settings when the task is sent, or None for the default queue.
    queue: str | Callable[[], str] | None = None
    # The sweep delivers lower numbers first: safeguarding before reminders.
    priority: int = 5
    # Unexpected errors are retried with a growing delay this many times, then it fails.
    max_attempts: int = 8


_handlers: dict[str, Handler] = {}


def register(kind: str, **options) -> Handler:
    handler = Handler(kind=kind, **options)
    _handlers[kind] = handler
    return handler


def queue_of(handler: Handler) -> str | None:
    return handler.queue() if callable(handler.queue) else handler.queue


def handler_for(kind: str) -> Handler | None:
    return _handlers.get(kind)


def kinds() -> dict[str, Handler]:
    return dict(_handlers)
