"""LM004 (charisma): the conditions its patterns name, gathered from the modules of its concepts.

Each concept of the innate view has its own module: where the lead word stands (``lm004_lead_word``),
teaching and learning denied (``lm004_teaching``), a claim named only to be rejected (``lm004_denials``),
birth and early life (``lm004_birth``), a trait made the whole of leading (``lm004_traits``), and questions
and their answers (``lm004_questions``). What they all read is in ``lm004_basics``; their words are in
``[conditions.LM004]``.
"""
from __future__ import annotations

from lintkit.engine.conditions import lm004_birth, lm004_denials, lm004_lead_word, lm004_questions, lm004_teaching, lm004_traits

CONDITIONS: dict = {
    **lm004_lead_word.CONDITIONS,
    **lm004_teaching.CONDITIONS,
    **lm004_denials.CONDITIONS,
    **lm004_birth.CONDITIONS,
    **lm004_traits.CONDITIONS,
    **lm004_questions.CONDITIONS,
}
