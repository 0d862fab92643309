"""Hearth as a local OpenAI-compatible server (no Qt): ``app`` (routes), ``schemas``
(OpenAI requests to GenerationRequest and back), ``auth`` (API key, Host check), ``models``
(which engine answers), ``runner`` (uvicorn in the foreground or on a thread)."""

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8089
