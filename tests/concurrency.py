"""Racing the same work in threads, each with its own database connection."""

import threading

from django.db import connections


def at_once(work, *, threads: int = 2, timeout: float = 30) -> list:
    """Start `work()` in `threads` threads released together; return their results (in
    the order they finished), or raise the first error one of them met."""
    start = threading.Barrier(threads, timeout=timeout)
    results, errors = [], []

    def run():
        try:
            start.wait()
            results.append(work())
        except Exception as error:  # raised below, in the test's thread
            errors.append(error)
        finally:
            connections.close_all()

    running = [threading.Thread(target=run) for _ in range(threads)]
    for thread in running:
        thread.start()
    for thread in running:
        thread.join(timeout=timeout)
    if errors:
        raise errors[0]
    return results
