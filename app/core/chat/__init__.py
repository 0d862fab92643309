"""Chat messages and the prompt formats that turn them into model input."""

from app.core.chat.message import Message, Role

__all__ = ["Message", "Role"]
