"""The language a document is written in, so its summary is written in the same one.

py3langid (BSD) classifies a few thousand characters in milliseconds once its model is loaded;
the summary prompts then name the language explicitly, which small models follow far better
than "answer in the language of the document".
"""

from __future__ import annotations

import threading

# Llama 3.2's eight languages first, then others people often have documents in.
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "it": "Italian", "pt": "Portuguese",
    "hi": "Hindi", "es": "Spanish", "th": "Thai",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "pl": "Polish", "cs": "Czech", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish",
    "ar": "Arabic", "he": "Hebrew", "ja": "Japanese", "zh": "Chinese", "ko": "Korean",
    "el": "Greek", "ro": "Romanian", "hu": "Hungarian", "id": "Indonesian", "vi": "Vietnamese",
}

_lock = threading.Lock()


def detect_language(text: str) -> str:
    """An ISO 639-1 code for ``text`` ("en" when there is too little text to tell)."""
    sample = text[:5000]
    if sum(c.isalpha() for c in sample) < 20:
        return "en"
    import py3langid

    with _lock:  # the classifier loads its model on first use
        code, _score = py3langid.classify(sample)
    return str(code)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, "the language of the document")
