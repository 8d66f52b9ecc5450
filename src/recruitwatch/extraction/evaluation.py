"""Scoring extraction against hand annotations, the same way as the team's scorer
(``shared/tools/score_extraction.py``): predicted incidents are matched to annotated ones by
the share of an annotated quote's words found in a predicted evidence span (at least 0.6,
greedy, best first); incident precision/recall/F1 over required incidents; field scores on
matched pairs. Kept in the package so `recruitwatch eval` and the CI quality gate need no
files from outside the repository.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MATCH_THRESHOLD = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)
_NATIONALITY_ALIASES = {
    "uzbek": "UZ", "uzbekistan": "UZ", "tajik": "TJ", "tajikistan": "TJ", "kyrgyz": "KG",
    "kyrgyzstan": "KG", "kazakh": "KZ", "kazakhstan": "KZ", "turkmen": "TM", "russian": "RU",
    "russia": "RU", "kazakhstani": "KZ", "ukrainian": "UA", "ukraine": "UA",
    "central asia": "Central Asia", "central asian": "Central Asia",
}  # fmt: skip


def _words(text: Any) -> list[str]:
    normal = unicodedata.normalize("NFKC", str(text or "")).lower().replace("ё", "е")
    return _WORD.findall(normal)


def _containment(quote: str, span: str) -> float:
    q, s = set(_words(quote)), set(_words(span))
    return len(q & s) / len(q) if q else 0.0


def _evidence(incident: dict[str, Any]) -> list[str]:
    if "evidence_quotes" in incident:
        return [str(q) for q in incident["evidence_quotes"]]
    return [str(e.get("text", "")) for e in incident.get("evidence", []) if isinstance(e, dict)]


def _similarity(predicted: dict[str, Any], expected: dict[str, Any]) -> float:
    return max(
        (_containment(q, s) for q in _evidence(expected) for s in _evidence(predicted)), default=0.0
    )


def _nationalities(values: Iterable[Any] | None) -> set[str]:
    out = set()
    for value in values or []:
        key = str(value).strip()
        out.add(_NATIONALITY_ALIASES.get(key.lower(), key.upper() if len(key) == 2 else key))
    return out


def _set_f1(pred: set[str], gold: set[str]) -> float:
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    hit = len(pred & gold)
    precision, recall = hit / len(pred), hit / len(gold)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _name(text: Any) -> str:
    return " ".join(_words(text))


def _name_recall(pred: list[str], gold: list[str]) -> float | None:
    gold_names = [_name(g) for g in gold if _name(g)]
    if not gold_names:
        return None
    pred_names = [_name(p) for p in pred if _name(p)]
    return sum(1 for g in gold_names if any(g in p or p in g for p in pred_names)) / len(gold_names)


def _facility_key(value: Any) -> str:
    return re.sub(r"[^a-zа-я0-9]", "", _name(value))


def _facility_score(pred: Any, gold: Any) -> float:
    if not gold or not pred:
        return 1.0 if not gold and not pred else 0.0
    if _facility_key(pred) == _facility_key(gold):
        return 1.0
    if re.search(r"\d", str(gold)):
        return 0.0
    return 1.0 if _containment(str(gold), str(pred)) >= 0.5 else 0.0


def _date_score(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> float:
    gold_start, pred_start = (gold or {}).get("start"), (pred or {}).get("start")
    if not gold_start:
        return 1.0 if not pred_start else 0.5
    return 1.0 if pred_start and str(pred_start).startswith(str(gold_start)) else 0.0


def field_scores(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, float]:
    pl, gl = pred.get("location") or {}, gold.get("location") or {}
    scores = {
        "region": 1.0 if (pl.get("region") or None) == (gl.get("region") or None) else 0.0,
        "facility": _facility_score(pl.get("facility"), gl.get("facility")),
        "coercion": _set_f1(set(pred.get("coercion") or []), set(gold.get("coercion") or [])),
        "date": _date_score(pred.get("date"), gold.get("date")),
        "nationality": _set_f1(
            _nationalities((pred.get("victims") or {}).get("nationality")),
            _nationalities((gold.get("victims") or {}).get("nationality")),
        ),
        "modality": 1.0 if pred.get("modality") == gold.get("modality", "occurred") else 0.0,
    }
    sources = _name_recall(
        [s.get("name", "") for s in pred.get("sources") or []],
        [s.get("name", "") for s in gold.get("sources") or []],
    )
    if sources is not None:
        scores["sources"] = sources
    return scores


@dataclass
class DocumentScore:
    name: str
    predicted: int
    expected: int
    matched: int
    invented_coercion: int
    fields: dict[str, list[float]]
    missed: list[str]


@dataclass
class CorpusScore:
    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def precision(self) -> float:
        predicted = sum(d.predicted for d in self.documents)
        return sum(d.matched for d in self.documents) / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        expected = sum(d.expected for d in self.documents)
        return sum(d.matched for d in self.documents) / expected if expected else 0.0

    @property
    def incident_f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def field_means(self) -> dict[str, float]:
        merged: dict[str, list[float]] = {}
        for document in self.documents:
            for key, values in document.fields.items():
                merged.setdefault(key, []).extend(values)
        return {k: sum(v) / len(v) for k, v in sorted(merged.items()) if v}

    @property
    def fields(self) -> float:
        means = self.field_means
        return sum(means.values()) / len(means) if means else 0.0

    @property
    def invented_coercion(self) -> int:
        return sum(d.invented_coercion for d in self.documents)

    def summary(self) -> str:
        return (
            f"incident_f1={self.incident_f1:.2f} precision={self.precision:.2f} "
            f"recall={self.recall:.2f} fields={self.fields:.2f} "
            f"invented_coercion={self.invented_coercion} docs={len(self.documents)}"
        )


def document_score(name: str, output: dict[str, Any], gold: dict[str, Any]) -> DocumentScore:
    predicted = [i for i in output.get("incidents", []) if isinstance(i, dict)]
    expected = list(gold.get("incidents", []))
    pairs = sorted(
        (
            (_similarity(p, e), i, j)
            for i, p in enumerate(predicted)
            for j, e in enumerate(expected)
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_e: set[int] = set()
    matched: list[tuple[int, int]] = []
    for score, i, j in pairs:
        if score >= MATCH_THRESHOLD and i not in used_p and j not in used_e:
            used_p.add(i)
            used_e.add(j)
            matched.append((i, j))
    optional = {j for j, e in enumerate(expected) if e.get("optional")}
    required = [(i, j) for i, j in matched if j not in optional]
    fields: dict[str, list[float]] = {}
    for i, j in required:
        for key, value in field_scores(predicted[i], expected[j]).items():
            fields.setdefault(key, []).append(value)
    return DocumentScore(
        name=name,
        predicted=len(predicted) - (len(matched) - len(required)),
        expected=len(expected) - len(optional),
        matched=len(required),
        invented_coercion=sum(
            1
            for i, j in matched
            if not expected[j].get("coercion") and predicted[i].get("coercion")
        ),
        fields=fields,
        missed=[
            str(expected[j].get("id", j))
            for j in range(len(expected))
            if j not in used_e and j not in optional
        ],
    )


def corpus_score(corpus: Path, extract_file: Callable[[Path], dict[str, Any]]) -> CorpusScore:
    """Score every ``NN.txt`` with an ``NN.expected.json`` beside it in ``corpus``."""
    score = CorpusScore()
    for gold_path in sorted(corpus.glob("*.expected.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".expected.json", ".txt"))
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        score.documents.append(document_score(text_path.name, extract_file(text_path), gold))
    return score
