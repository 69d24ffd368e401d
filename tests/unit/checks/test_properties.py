"""Property tests: the engine never raises on arbitrary text, and every span lies within the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from applications.checks import Criterion, Limits, check_text, extract_criteria

WORDY = st.lists(
    st.sampled_from(
        list("abcdeIAMNHS .,!?\n()-'0123456789@+") + ["👩‍👩‍👧", "நன்றி", "ال", "é", "\u200d", "the ", "I am "]
    ),
    max_size=200,
).map("".join)
CRITERIA = [Criterion("Good communication skills"), Criterion("Experience of working in a hospital", "desirable")]


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(st.text(max_size=400), WORDY), kind=st.sampled_from(["statement", "cv", "advert"]))
def test_never_raises_and_spans_within_text(text: str, kind: str) -> None:
    report = check_text(text, kind, criteria=CRITERIA, limits=Limits(max_chars=50, max_words=10), name="Amina Yusuf")
    for finding in report.findings:
        assert finding.text
        if finding.span is not None:
            start, end = finding.span
            assert 0 <= start <= end <= len(report.text)
    for row in report.criteria:
        for start, end in row.spans:
            assert 0 <= start <= end <= len(report.text)


@settings(max_examples=40, deadline=None)
@given(text=st.one_of(st.text(max_size=400), WORDY))
def test_extraction_never_raises(text: str) -> None:
    vacancy = extract_criteria(text)
    assert isinstance(vacancy.essential, list)
