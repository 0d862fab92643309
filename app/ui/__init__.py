"""The Qt window: views and dialogs over ``app.core``; nothing here is needed by the CLI."""
