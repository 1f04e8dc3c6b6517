"""Quote-mark scanning: every quote style, nesting, apostrophes, quotes running over paragraphs."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from wirewatch.analyze.quote_marks import find_quote_spans, paragraph_bounds


def spans_of(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quote_spans(text, paragraph_bounds(text))]


def test_quote_marks_curly_straight_and_guillemets():
    text = ('\u201cWe will rebuild,\u201d the mayor said. "Not this year," a clerk replied. '
            '\u00ab Nous restons \u00bb, dit-elle.')
    assert spans_of(text) == ["We will rebuild", "Not this year", "Nous restons"]


def test_quote_marks_single_inside_double_stays_one_quote():
    text = "\u201cThey called it \u2018a test\u2019 and left,\u201d she said."
    assert spans_of(text) == ["They called it \u2018a test\u2019 and left"]


def test_quote_marks_apostrophes_are_not_quotes():
    text = "The port\u2019s manager didn\u2019t reply, and the workers\u2019 union stayed silent."
    assert spans_of(text) == []


def test_quote_marks_top_level_single_quotes():
    text = "The sign read \u2018closed until further notice\u2019 on Monday."
    assert spans_of(text) == ["closed until further notice"]


def test_quote_marks_paragraph_continuation():
    text = ("\u201cThe water came in through the floor. We lifted the children onto the table.\n\n"
            "\u201cBy morning the street was a river,\u201d said Ana Ruiz.")
    spans = find_quote_spans(text, paragraph_bounds(text))
    assert len(spans) == 2
    assert spans[0].close_pos is None and spans[0].continues
    assert text[spans[1].start:spans[1].end] == "By morning the street was a river"


def test_quote_marks_unclosed_without_continuation_runs_to_paragraph_end():
    text = "He wrote: \u201cnothing is settled yet\n\nThe talks resume on Friday."
    spans = find_quote_spans(text, paragraph_bounds(text))
    assert len(spans) == 1 and not spans[0].continues
    assert text[spans[0].start:spans[0].end] == "nothing is settled yet"


MARKS = ["\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "\u00ab", "\u00bb", "\u201e"]
PIECES = st.lists(st.one_of(st.sampled_from(MARKS), st.sampled_from(["said", "the", "We", ",", ".", " ", "\n\n", "x y"]),
                            st.text(alphabet="ab ,.", max_size=6)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_quote_marks_spans_are_ordered_and_inside_paragraphs(pieces):
    text = "".join(pieces)
    paras = paragraph_bounds(text)
    spans = find_quote_spans(text, paras)
    last_end = -1
    for s in spans:
        lo, hi = paras[s.para]
        assert lo <= s.open_pos < s.start < s.end <= hi
        assert s.start >= last_end
        last_end = s.end
