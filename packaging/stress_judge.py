"""Crash-harness verdicts: what a killed worker said it did, against what its file holds."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Story:
    """The worker's own account: the edits that returned, and the one it was in when killed."""

    ready: dict
    returned: tuple[dict, ...]
    in_flight: dict | None
    #: Values known before any edit (an import not started yet has "none" of its rows).
    baseline: dict

    @classmethod
    def parse(cls, lines: list[str], baseline: dict) -> Story:
        ready: dict = {}
        returned: list[dict] = []
        in_flight = None
        for line in lines:
            tag, _, payload = line.partition(" ")
            if tag == "ready":
                ready = json.loads(payload)
            elif tag == "start":
                in_flight = json.loads(payload)
            elif tag == "done" and in_flight is not None:
                returned.append(in_flight)
                in_flight = None
        return cls(ready, tuple(returned), in_flight, baseline)

    def edits(self) -> list[dict]:
        return [*self.returned, *([self.in_flight] if self.in_flight else [])]

    def keys(self) -> list[str]:
        return sorted({*self.baseline, *(key for edit in self.edits() for key in edit["after"])})

    def expected(self) -> tuple[dict, dict | None]:
        """The values after every returned edit; and with the interrupted one as well."""
        values = dict(self.baseline)
        for edit in self.edits():
            for key, value in edit["before"].items():
                values.setdefault(key, value)
        for edit in self.returned:
            values.update(edit["after"])
        if self.in_flight is None:
            return values, None
        return values, {**values, **self.in_flight["after"]}


@dataclass
class CopyVerdict:
    """One copy of a killed file, after `check` and an opening for editing in some order."""

    order: str
    opened: bool
    check_exit: int
    side_files: list[str]
    recovered_by_sqlite: bool = False
    found: int = 0
    lost: int = 0
    half_done: bool = False
    partial_import: bool = False
    import_value: str | None = None
    reasons: list[str] = field(default_factory=list)

    @property
    def data_sound(self) -> bool:
        return not (self.lost or self.half_done or self.partial_import) and not any(
            r.startswith("unreadable") for r in self.reasons)


def first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:160]


def judge_copy(order: str, story: Story, answer: dict) -> CopyVerdict:
    opening = answer["open"]
    verdict = CopyVerdict(order, "values" in opening, answer["check"]["exit"],
                          answer["side_files"])
    if not verdict.opened:
        verdict.reasons.append(f"did not open for editing: {first_line(opening['error'])}")
    if verdict.check_exit != 0:
        verdict.reasons.append(
            f"check exit {verdict.check_exit}: {first_line(answer['check']['said'])}")
    if verdict.side_files:
        verdict.reasons.append(f"side files left: {', '.join(verdict.side_files)}")
    values = opening.get("values")
    if values is None:
        values = answer.get("after_sqlite_recovery", {}).get("values")
        verdict.recovered_by_sqlite = values is not None
    if values is None:
        error = first_line(answer.get("after_sqlite_recovery", {}).get("error", ""))
        same = verdict.opened or error == first_line(opening["error"])
        verdict.reasons.append("unreadable: edits not checked, the file did not open even after "
                               f"a plain SQLite recovery{'' if same else ': ' + error}")
        return verdict
    compare(story, values, verdict)
    return verdict


def compare(story: Story, values: dict, verdict: CopyVerdict) -> None:
    """Every returned edit there, the interrupted one whole or not at all, the import likewise."""
    expected, alternative = story.expected()
    verdict.import_value = values.get("import")
    verdict.found = len(story.returned)
    if values in (expected, alternative):
        return
    flight = story.in_flight["after"] if story.in_flight else {}
    wrong = sorted(k for k in expected
                   if values[k] != expected[k] and (k not in flight or values[k] != flight[k]))
    verdict.partial_import = str(values.get("import", "")).startswith("partial")
    if verdict.partial_import:
        verdict.reasons.append(f"partial import ({values['import']})")
    lost = [e for e in story.returned if set(wrong) & set(e["after"])]
    verdict.lost = len(lost)
    verdict.found -= len(lost)
    if lost:
        key = next(k for k in wrong if any(k in e["after"] for e in lost))
        verdict.reasons.append(
            f"{len(lost)} returned edits not there ({', '.join(e['label'] for e in lost[:4])}): "
            f"{key} is {values[key]!r}, expected {expected[key]!r}")
    strays = [k for k in wrong if k != "import" and not any(k in e["after"] for e in lost)]
    if story.in_flight and (strays or not wrong):
        verdict.half_done = True
        detail = (f": {strays[0]} is {values[strays[0]]!r}, neither before nor after" if strays
                  else " is there in part")
        verdict.reasons.append(f"half-done edit: {story.in_flight['label']}{detail}")


@dataclass
class Outcome:
    """One kill and the verdicts on both copies of its file."""

    number: int
    kind: str
    moment: str
    control: bool
    hit: bool
    #: The -journal right after the kill: "none", "unsynced" or "complete" (the commit's).
    journal_left: str
    story: Story
    copies: list[CopyVerdict]
    harness_error: str | None = None

    @property
    def reasons(self) -> list[tuple[str, str]]:
        """(which copy, why) for every criterion this kill failed."""
        if self.harness_error:
            return [("harness", self.harness_error)]
        return [(c.order, r) for c in self.copies for r in c.reasons]

    @property
    def failed(self) -> bool:
        return bool(self.reasons)

    @property
    def damage_detected(self) -> bool:
        """For the control: the file is found damaged (side files are not damage)."""
        return any(c.check_exit != 0 or not c.opened or not c.data_sound for c in self.copies)
