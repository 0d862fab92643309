"""Words from the core that the window shows in the person's language.

The core stays English and free of Qt, yet the window translates what a person meets most
(errors, progress words). Such a text is built from a *template* with named placeholders,
marked with :func:`QT_TRANSLATE_NOOP` under the context ``"core"`` so Qt's ``lupdate`` finds it
in these plain Python files. The English text is ``template.format(**params)``; the window
translates the template and formats it with the same parameters (``app.ui.i18n.core_text``).
Parameters are given already formatted (``"12,345"``, a file name) so no language has to
know Python's format specifiers.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for Qt's catalogs under ``context``; returns it unchanged."""
    return text


def render(template: str, params: Mapping[str, object]) -> str:
    """The English text of a template (what the CLI and the logs show)."""
    return template.format(**params) if params else template


class CoreText(str):
    """English text that remembers its marked template and parameters.

    It is an ordinary ``str`` everywhere (printed, compared, stored), so a field that held
    plain text can hold one; the window renders it in the person's language."""

    template: str
    params: dict[str, str]

    def __new__(cls, template: str, params: Mapping[str, object] | None = None) -> CoreText:
        values = plain_params(params or {})
        text = super().__new__(cls, render(template, values))
        text.template = template
        text.params = values
        return text


def plain_params(params: Mapping[str, object]) -> dict[str, str]:
    """Parameters as text (a :class:`CoreText` stays one, so it can be translated too)."""
    return {name: value if isinstance(value, str) else str(value)
            for name, value in params.items()}
