"""`python -m config.wait_for URL`: wait until the URL answers 200 (for `make run`).

Exits 0 once it does, 1 after the timeout (60 seconds, or the second argument).
"""

import sys
import time
import urllib.error
import urllib.request


def main(url: str, timeout: float = 60.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (our own URL)
                if response.status == 200:
                    return 0
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.3)
    print(f"{url} did not answer within {timeout:.0f} s", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *(float(arg) for arg in sys.argv[2:3])))
