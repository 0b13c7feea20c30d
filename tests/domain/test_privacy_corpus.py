"""The personal-data guard keeps its floors on the labelled corpus of packaging/privacy_corpus.py."""

from __future__ import annotations

import sys
from datetime import date
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


def gated_out(text: str) -> list[str]:
    """The kinds whose gate turns `text` down although their detector finds something in it."""
    from drempelmeter.domain.privacy import detectors
    from drempelmeter.domain.privacy_words import folded

    return [kind for kind, could_hold, detect in detectors(date(2026, 11, 30))
            if next(iter(detect(text)), None) is not None and not could_hold(text, folded(text))]


def test_a_gate_never_turns_down_a_text_its_detector_finds_something_in():
    """The gates only save time: every text of the corpus, and each with characters that
    IGNORECASE matches with an ASCII letter (İ, ı, ſ, the Kelvin sign) or with capitals, is
    screened as the detectors alone would."""
    swaps = {"i": "İ", "s": "ſ", "k": "\u212a"}
    texts = [s.text for s in corpus()]
    texts += [t.upper() for t in texts] + ["".join(swaps.get(c, c) for c in t) for t in texts]
    texts += ["Geboren op 1 januari 1980", "NAİSSANCE 12/03/1980", "jan AT telenet DOT be",
              "jan (at) telenet (dot) be", "KERKſTRAAT 12", "16, RUE DE LA LOI", "Mevr. Peeters"]
    assert [(t, gated_out(t)) for t in texts if gated_out(t)] == []
