"""File tools stay inside the approved folders: traversal, absolute paths and symlink
escapes are refused; listing, searching and reading are capped. Also the opener."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.core.engine.base import CancelToken
from app.core.tools.base import ToolCancelledError, ToolConfigError, ToolRunError
from app.core.tools.builtin import files as files_mod
from app.core.tools.builtin.files import FileAccess, file_tools
from app.core.tools.builtin.opener import open_tool

needs_symlinks = pytest.mark.skipif(os.name == "nt", reason="symlinks need privileges on Windows")


@pytest.fixture
def tree(tmp_path: Path) -> dict[str, Path]:
    shared = tmp_path / "shared"
    (shared / "notes").mkdir(parents=True)
    (shared / "notes" / "todo.txt").write_text("buy milk\ncall Ada about the engine\n")
    (shared / "readme.md").write_text("# Hello\n")
    (shared / "blob.bin").write_bytes(b"\x00\x01binary")
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "passwords.txt").write_text("hunter2 engine\n")
    return {"shared": shared, "secret": secret, "root": tmp_path}


def _tools(access: FileAccess) -> dict[str, object]:
    return {t.name: t for t in file_tools(access)}


def _run(access: FileAccess, name: str, **args: object) -> dict[str, object]:
    tool = _tools(access)[name]
    return tool.run(dict(args), CancelToken())  # type: ignore[attr-defined,no-any-return]


def test_list_search_read_inside(tree: dict[str, Path]) -> None:
    access = FileAccess([tree["shared"]])
    listing = _run(access, "list_files", path=".")
    names = [e["name"] for e in listing["entries"]]  # type: ignore[index]
    assert names == ["blob.bin", "notes", "readme.md"]
    found = _run(access, "search_files", query="ENGINE")
    assert found["matches"] == [{"path": "notes/todo.txt", "line": 2,
                                 "text": "call Ada about the engine"}]
    read = _run(access, "read_file", path="notes/todo.txt")
    assert read["content"] == "buy milk\ncall Ada about the engine\n"
    assert read["truncated"] is False
    absolute = _run(access, "read_file", path=str(tree["shared"] / "readme.md"))
    assert absolute["path"] == "readme.md"


@pytest.mark.parametrize("path", [
    "../secret/passwords.txt",
    "notes/../../secret/passwords.txt",
    "..",
    "/etc/passwd",
    "../../../../../../../../etc/passwd",
    "notes/../../secret",
])
def test_traversal_is_refused(tree: dict[str, Path], path: str) -> None:
    access = FileAccess([tree["shared"]])
    for name, args in (("read_file", {"path": path}), ("list_files", {"path": path}),
                       ("search_files", {"query": "hunter", "path": path})):
        with pytest.raises(ToolRunError, match=r"outside the folders|does not exist"):
            _run(access, name, **args)


def test_absolute_path_to_the_secret_is_refused(tree: dict[str, Path]) -> None:
    access = FileAccess([tree["shared"]])
    with pytest.raises(ToolRunError, match="outside the folders"):
        _run(access, "read_file", path=str(tree["secret"] / "passwords.txt"))


@needs_symlinks
def test_symlink_escapes_are_refused(tree: dict[str, Path]) -> None:
    shared = tree["shared"]
    (shared / "link-to-secret").symlink_to(tree["secret"], target_is_directory=True)
    (shared / "notes" / "pw.txt").symlink_to(tree["secret"] / "passwords.txt")
    (shared / "inside-link.txt").symlink_to(shared / "readme.md")
    access = FileAccess([shared])
    for path in ("link-to-secret/passwords.txt", "notes/pw.txt", "link-to-secret"):
        with pytest.raises(ToolRunError, match="outside the folders"):
            _run(access, "read_file", path=path)
    with pytest.raises(ToolRunError, match="outside the folders"):
        _run(access, "list_files", path="link-to-secret")
    names = [e["name"] for e in _run(access, "list_files")["entries"]]  # type: ignore[index]
    assert "link-to-secret" not in names and "inside-link.txt" in names
    found = _run(access, "search_files", query="hunter2")
    assert found["matches"] == []  # the walk never follows the link out
    assert _run(access, "read_file", path="inside-link.txt")["content"] == "# Hello\n"


@needs_symlinks
def test_approved_folder_given_through_a_symlink_is_resolved(tree: dict[str, Path]) -> None:
    alias = tree["root"] / "alias"
    alias.symlink_to(tree["shared"], target_is_directory=True)
    access = FileAccess([alias])
    assert access.roots == [tree["shared"].resolve()]
    assert _run(access, "read_file", path="readme.md")["content"] == "# Hello\n"


def test_several_folders_use_their_names(tree: dict[str, Path]) -> None:
    other = tree["root"] / "other"
    other.mkdir()
    (other / "a.txt").write_text("A")
    access = FileAccess([tree["shared"], other])
    assert _run(access, "read_file", path="other/a.txt")["content"] == "A"
    assert _run(access, "read_file", path="shared/readme.md")["path"] == "shared/readme.md"
    with pytest.raises(ToolRunError, match="Several folders"):
        _run(access, "list_files", path=".")


def test_binary_and_folders_and_caps(tree: dict[str, Path], monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    access = FileAccess([tree["shared"]])
    with pytest.raises(ToolRunError, match="not a text file"):
        _run(access, "read_file", path="blob.bin")
    with pytest.raises(ToolRunError, match="is a folder"):
        _run(access, "read_file", path="notes")
    (tree["shared"] / "big.txt").write_text("x" * 50_000)
    read = _run(access, "read_file", path="big.txt", max_chars=100)
    assert len(read["content"]) == 100 and read["truncated"] is True  # type: ignore[arg-type]
    read = _run(access, "read_file", path="big.txt", max_chars=10**9)
    assert len(read["content"]) == files_mod.MAX_READ_CHARS  # type: ignore[arg-type]
    monkeypatch.setattr(files_mod, "MAX_LIST_ENTRIES", 2)
    listing = _run(access, "list_files")
    assert len(listing["entries"]) == 2 and "of 4" in listing["note"]  # type: ignore[arg-type]


def test_missing_folder_and_nul_paths(tree: dict[str, Path]) -> None:
    with pytest.raises(ToolConfigError, match="does not exist"):
        FileAccess([tree["root"] / "nope"])
    access = FileAccess([tree["shared"]])
    with pytest.raises(ToolRunError, match="not a valid path"):
        _run(access, "read_file", path="readme.md\x00.txt")
    with pytest.raises(ToolRunError, match="does not exist"):
        _run(access, "read_file", path="nope.txt")


def test_search_polls_the_cancel_token(tree: dict[str, Path]) -> None:
    access = FileAccess([tree["shared"]])
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(ToolCancelledError):
        _tools(access)["search_files"].run({"query": "x"}, cancel)  # type: ignore[attr-defined]


# -- open with the default app ----------------------------------------------------------------


def test_opener_is_always_asked_and_injected(tree: dict[str, Path]) -> None:
    opened: list[str] = []
    tool = open_tool(FileAccess([tree["shared"]]), opener=opened.append)
    assert tool.always_ask and not tool.read_only
    assert tool.run({"target": "https://example.org/a?b=1"}, CancelToken())["kind"] == "url"
    assert tool.run({"target": "notes/todo.txt"}, CancelToken())["opened"] == "notes/todo.txt"
    assert opened == ["https://example.org/a?b=1", str(tree["shared"] / "notes" / "todo.txt")]


@pytest.mark.parametrize(("target", "why"), [
    ("file:///etc/passwd", "Only http"),
    ("javascript:alert(1)", "Only http"),
    ("smb://host/share", "Only http"),
    ("https://", "no address"),
    ("../secret/passwords.txt", "outside the folders"),
    ("run.sh", "program or script"),
    ("tool", "executable"),
])
def test_opener_refusals(tree: dict[str, Path], target: str, why: str) -> None:
    (tree["shared"] / "run.sh").write_text("echo hi\n")
    tool_file = tree["shared"] / "tool"
    tool_file.write_text("#!/bin/sh\n")
    if os.name == "posix":
        tool_file.chmod(0o755)
    elif target == "tool":
        pytest.skip("no exec bit on Windows")
    opened: list[str] = []
    tool = open_tool(FileAccess([tree["shared"]]), opener=opened.append)
    with pytest.raises(ToolRunError, match=why):
        tool.run({"target": target}, CancelToken())
    assert opened == []
