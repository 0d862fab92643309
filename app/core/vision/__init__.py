"""Llama 3.2 Vision ("mllama"): image preprocessing, GGUF layouts and the ggml vision engine."""
