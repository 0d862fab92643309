"""Hearth: a private, offline desktop assistant for Llama 3.2 models."""

__version__ = "0.1.0"
