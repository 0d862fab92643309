"""Everything that is not Qt: engines, chat formats, models, storage.

Nothing under this package may import Qt; the window and the CLI are two clients of it.
"""
