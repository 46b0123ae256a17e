"""The bench's one table: each figure beside its target, and the machine it ran on."""

import os
import platform as std_platform
import sys
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.utils import timezone


@dataclass
class Row:
    measurement: str
    figure: str
    target: str = "reference"
    met: bool | None = None
    # What limits it, said when the target is not met (docs/performance.md measures it).
    limit: str = ""

    @property
    def verdict(self) -> str:
        if self.met is None:
            return ""
        if self.met:
            return "met"
        return f"not met: {self.limit}" if self.limit else "not met"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return std_platform.processor() or "unknown CPU"


def machine() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0].split()[0]
    return (
        f"{len(os.sched_getaffinity(0))} cores ({_cpu_model()}), {std_platform.system()} "
        f"{std_platform.release()}, Python {sys.version.split()[0]}, PostgreSQL {postgres}"
    )


def render(rows: list[Row], *, notes: list[str]) -> str:
    """Markdown: the machine and date, the notes, then the table."""
    lines = [
        f"Machine: {machine()}",
        f"Date: {timezone.now():%Y-%m-%d %H:%M} UTC",
        *notes,
        "",
        "| measurement | figure | target | met? |",
        "|---|---|---|---|",
    ]
    lines += [f"| {r.measurement} | {r.figure} | {r.target} | {r.verdict} |" for r in rows]
    return "\n".join(lines) + "\n"
