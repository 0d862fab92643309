"""Streaming Markdown rendering: incremental while it grows, exact when it ends."""

from __future__ import annotations

from app.ui.chat_view import ChatView, MarkdownView, _settled_length

SAMPLE = (
    "Here is a plan:\n\n"
    "1. First step\n2. Second step\n\n"
    "Some **bold** text and `code`.\n\n"
    "```python\ndef f(x):\n\n    return x * 2\n```\n\n"
    "- a bullet\n- another\n\n"
    "The end."
)


def test_settled_length_stops_at_blank_lines_outside_code() -> None:
    assert _settled_length("para one\n\npara tw") == len("para one\n\n")
    fenced = "intro\n\n```\ncode\n\nmore code\n"
    assert _settled_length(fenced) == len("intro\n\n")  # the blank line inside the fence waits
    assert _settled_length("no blank line yet") == 0


def test_streamed_rendering_matches_the_full_rendering(qtbot) -> None:  # type: ignore[no-untyped-def]
    streamed = MarkdownView()
    full = MarkdownView()
    qtbot.addWidget(streamed)
    qtbot.addWidget(full)
    for end in range(1, len(SAMPLE) + 1, 3):
        streamed.stream_markdown(SAMPLE[:end])
    streamed.stream_markdown(SAMPLE)
    full.set_markdown(SAMPLE)
    streamed_lines = [x for x in streamed.document().toPlainText().splitlines() if x.strip()]
    full_lines = [x for x in full.document().toPlainText().splitlines() if x.strip()]
    assert streamed_lines == full_lines
    assert streamed.markdown() == SAMPLE


def test_a_stream_ends_with_one_exact_render(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ChatView()
    qtbot.addWidget(view)
    widget = view.begin_stream()
    for end in range(0, len(SAMPLE) + 1, 7):
        view.append_stream(SAMPLE[end:end + 7])
        view._flush()
    view.end_stream("done")
    full = MarkdownView()
    qtbot.addWidget(full)
    full.set_markdown(SAMPLE)
    assert widget.text() == SAMPLE
    assert widget.body.document().toPlainText() == full.document().toPlainText()
    assert widget.status.text() == "done"
