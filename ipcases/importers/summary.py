"""The report of one import: what was stored, and why every other record was not.

Records that are skipped (not IP, no ruling in them) and records that fail are counted by
reason, so that the report can say "skipped 4: classified as not IP" rather than a bare
number; ``on_problem`` hears of each one as it happens (``import_rulings -v 2`` lists them).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

# Failures are all counted, the first KEPT_ERRORS kept with their message: a file of millions
# of rows in courts the catalogue does not know must not fill memory with messages.
KEPT_ERRORS = 1000


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    # Records added to a ruling the catalogue held from another source.
    attached: int = 0
    # Doubtful matches left for an editor (each also a DuplicateCandidate), one line each.
    ambiguous: list[str] = field(default_factory=list)
    # Records retrieved before the stored capture of the same record, which they would undo.
    outdated: int = 0
    skipped_by_reason: Counter = field(default_factory=Counter)
    failed_by_reason: Counter = field(default_factory=Counter)
    # What a parser says about the files it read (rows read and selected, files passed over).
    notes: list[str] = field(default_factory=list)
    on_problem: Callable[[str, str, str], None] | None = field(default=None, repr=False)

    def __str__(self) -> str:
        text = (
            f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}, "
            f"skipped {self.skipped}, failed {self.failed}"
        )
        if self.attached or self.ambiguous:
            text += (
                f", attached to rulings from other sources {self.attached}, "
                f"ambiguous {len(self.ambiguous)}"
            )
        if self.outdated:
            text += f", older than the stored capture {self.outdated}"
        return text

    def skip(self, where: str, reason: str, detail: str = "") -> None:
        self.skipped += 1
        self.skipped_by_reason[reason] += 1
        if self.on_problem:
            self.on_problem("skipped", where, f"{reason} ({detail})" if detail else reason)

    def fail(self, where: str, message: str) -> None:
        self.failed += 1
        self.failed_by_reason[reason_of(message)] += 1
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append(f"{where}: {message}")
        if self.on_problem:
            self.on_problem("failed", where, message)

    def reasons(self) -> list[str]:
        """One line per reason records were skipped or failed, the commonest first."""
        lines = [f"skipped {n}: {why}" for why, n in self.skipped_by_reason.most_common()]
        return lines + [f"failed {n}: {why}" for why, n in self.failed_by_reason.most_common()]

    @property
    def written(self) -> int:
        """Records that changed the catalogue: new, updated or attached to a ruling."""
        return self.created + self.updated + self.attached

    @property
    def stored(self) -> int:
        """Records that are in the catalogue after the run, new or as they were."""
        return self.created + self.updated + self.unchanged + self.attached + self.outdated

    @property
    def nothing_imported(self) -> bool:
        """Every record that could be stored failed: the run did not do its job."""
        return self.failed > 0 and self.stored == 0


def reason_of(message: str) -> str:
    """A failure's message without what belongs to one record, so that alike failures are
    counted together: "court 'xyz' (Atlantis) is ..." -> "court '…' (…) is ..."."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", message)
    text = re.sub(r"\([^()]*\)", "(…)", text)
    return re.sub(r"\d+", "N", text)
