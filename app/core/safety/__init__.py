"""Llama Guard 3 as an optional safety layer: the prompt, the verdict, the classifier and the
policy that the window, the CLI and the local server apply. No Qt in here."""
