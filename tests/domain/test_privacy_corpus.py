"""The personal-data guard keeps its floors on the labelled corpus of packaging/privacy_corpus.py."""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
sys.path.insert(0, str(PACKAGING / "bench"))
sys.path.insert(0, str(PACKAGING))

from bench_privacy import MAX_FALSE_POSITIVES, TARGETS, measure  # noqa: E402
from privacy_corpus import KINDS, corpus  # noqa: E402


def test_the_corpus_is_large_labelled_and_bilingual():
    samples = corpus()
    assert len(samples) >= 1000
    assert {s.kind for s in samples} == {*KINDS, None}
    assert all(s.text[s.span[0]:s.span[1]] == s.value for s in samples if s.kind)
    assert sum(" le " in s.text or " du " in s.text or "CPAS" in s.text for s in samples) >= 100


def test_recall_per_kind_and_false_positives_keep_their_floors():
    recall, false_positives, wrong = measure(corpus())
    for kind, floor in TARGETS.items():
        assert recall[kind] >= floor, (kind, [s.text for s in wrong if s.kind == kind][:5])
    assert false_positives <= MAX_FALSE_POSITIVES, [s.text for s in wrong if s.kind is None][:5]
