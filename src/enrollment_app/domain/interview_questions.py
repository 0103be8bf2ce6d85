"""The selection interview's questions, as data a program carries.

A question set is a list of plain dicts (stored in ``programs.interview_questions`` and sent
with the catalog)::

    {"key": "family_support", "label": "...", "type": "scale", "min": 1, "max": 5}
    {"key": "available_time", "label": "...", "type": "choice",
     "options": [{"value": "all", "label": "..."}, ...]}
    {"key": "motivation", "label": "...", "type": "text"}

Labels are English source texts in the "interview" translation context; the ones of the
standard set below are marked here so they are translated. A set from the central office
may carry other labels: those show as sent.
"""

from __future__ import annotations

import copy
from typing import Any

from enrollment_app.domain.messages import QT_TRANSLATE_NOOP, Translate, active_translator

INTERVIEW_CONTEXT = "interview"
QUESTION_TYPES = ("text", "choice", "scale")
STANDARD_SET = "standard"


def _option(value: str, label: str) -> dict[str, str]:
    return {"value": value, "label": label}


_STANDARD: tuple[dict[str, Any], ...] = (
    {"key": "motivation", "type": "text",
     "label": QT_TRANSLATE_NOOP("interview", "Why do you want to join this training?")},
    {"key": "prior_experience", "type": "choice",
     "label": QT_TRANSLATE_NOOP("interview", "Experience in this skill"),
     "options": [
         _option("none", QT_TRANSLATE_NOOP("interview", "None yet")),
         _option("some", QT_TRANSLATE_NOOP("interview", "Some, learned at home or from others")),
         _option("working", QT_TRANSLATE_NOOP("interview", "Already works or sells with it")),
     ]},
    {"key": "business_idea", "type": "text",
     "label": QT_TRANSLATE_NOOP("interview", "What business would you run after the training?")},
    {"key": "available_time", "type": "choice",
     "label": QT_TRANSLATE_NOOP("interview", "Time available for the training"),
     "options": [
         _option("all", QT_TRANSLATE_NOOP("interview", "Can attend every session")),
         _option("most", QT_TRANSLATE_NOOP("interview", "Can attend most sessions")),
         _option("some", QT_TRANSLATE_NOOP("interview", "Can attend only some sessions")),
     ]},
    {"key": "family_support", "type": "scale", "min": 1, "max": 5,
     "label": QT_TRANSLATE_NOOP(
         "interview", "Family support for taking part (1 = none, 5 = full)")},
    {"key": "needs", "type": "text",
     "label": QT_TRANSLATE_NOOP(
         "interview", "What is needed to take part (childcare, transport, equipment, "
         "capital)?")},
)


def standard_questions() -> list[dict[str, Any]]:
    """A fresh copy of the standard question set (safe to change and store)."""
    return copy.deepcopy(list(_STANDARD))


def question_problems(questions: Any) -> list[str]:
    """What is wrong with a question set (English, for logs and tests); empty when fine."""
    if not isinstance(questions, list):
        return ["not a list"]
    problems: list[str] = []
    keys: set[str] = set()
    for number, question in enumerate(questions, 1):
        if not isinstance(question, dict) or not question.get("key") or not question.get("label"):
            problems.append(f"question {number}: needs a key and a label")
            continue
        if question["key"] in keys:
            problems.append(f"question {number}: key {question['key']!r} used twice")
        keys.add(question["key"])
        kind = question.get("type")
        if kind not in QUESTION_TYPES:
            problems.append(f"question {number}: unknown type {kind!r}")
        elif kind == "choice" and not question.get("options"):
            problems.append(f"question {number}: a choice needs options")
        elif kind == "scale" and not int(question.get("min", 1)) < int(question.get("max", 5)):
            problems.append(f"question {number}: a scale needs min < max")
    return problems


def label_text(label: str, translate: Translate | None = None) -> str:
    """A question's or an option's label in the interface language."""
    return (translate or active_translator())(INTERVIEW_CONTEXT, label)
