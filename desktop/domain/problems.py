"""Validation problems that name the field and the value, readable by a clerk.

A problem keeps its message template and parameters apart so that the Qt layer can pass
the template through the translator (context ``problems``) before filling it in.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any


@dataclass(frozen=True)
class Problem:
    field: str
    template: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(ValueError):
    """Raised by a service when its input has problems; nothing has been saved."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("；".join(p.message for p in problems))
