"""The one progress line of the long commands: in place on a terminal, sparse plain lines when
redirected, and notes that keep (downloads) or replace (summaries) the figures."""

from __future__ import annotations

import io

from app.cli.progress import ProgressLine


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_redirected_it_writes_a_line_per_step_and_no_carriage_returns() -> None:
    out = io.StringIO()
    line = ProgressLine(out)
    for fraction in (0.0, 0.04, 0.08, 0.12, 0.5, 0.55, 1.0):
        line.show(f"Reading the picture… {fraction:.0%}", step=int(fraction * 10))
    line.clear()
    assert out.getvalue().splitlines() == ["Reading the picture… 0%", "Reading the picture… 12%",
                                           "Reading the picture… 50%",
                                           "Reading the picture… 100%"]


def test_redirected_it_waits_between_lines() -> None:
    out = io.StringIO()
    line = ProgressLine(out, every_s=0.0, every_s_redirected=3600)
    line.show("1%")
    line.show("2%")
    assert out.getvalue() == "1%\n"


def test_a_shorter_line_covers_the_longer_one_before_it() -> None:
    out = Terminal()
    line = ProgressLine(out)
    line.show("Loading model.gguf (8,192-token context)…")
    line.show("Part 1 of 3")
    assert out.getvalue().endswith("\rPart 1 of 3" + " " * 30)


def test_notes_keep_or_replace_the_figures() -> None:
    kept, passing = Terminal(), Terminal()
    download = ProgressLine(kept, keep=True)
    download.show("100.0%  2.0 GB of 2.0 GB")
    download.note("model.gguf: sha256 verified")
    assert kept.getvalue() == "\r100.0%  2.0 GB of 2.0 GB\nhearth: model.gguf: sha256 verified\n"
    status = ProgressLine(passing)
    status.show("Reading a.pdf…")
    status.note("a.pdf has no text layer")
    assert passing.getvalue() == ("\rReading a.pdf…\r" + " " * 14
                                  + "\rhearth: a.pdf has no text layer\n")
