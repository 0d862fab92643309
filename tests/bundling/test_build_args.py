"""installers/build.py: option checking, variant detection and the recorded build facts."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

import app
from installers import build


def _args(*argv: str) -> argparse.Namespace:
    return build.build_parser().parse_args(list(argv))


def test_defaults_are_a_cpu_folder_for_linux(tmp_path: Path) -> None:
    target = build.resolve_target(_args("--os", "linux", "--out", str(tmp_path)), "linux")
    assert (target.variant, target.formats, target.out) == ("cpu", ("folder",), tmp_path)
    assert target.stem == f"Hearth-{app.__version__}-linux-{target.arch}-cpu"


def test_macos_defaults_to_metal_on_arm64() -> None:
    target = build.resolve_target(_args("--os", "macos", "--arch", "arm64"), "macos")
    assert target.variant == "metal"


def test_formats_repeat_and_split_on_commas() -> None:
    target = build.resolve_target(
        _args("--os", "linux", "--format", "deb,appimage", "--format", "deb"), "linux")
    assert target.formats == ("deb", "appimage")


@pytest.mark.parametrize(
    ("argv", "running_on", "message"),
    [
        (("--os", "windows"), "linux", "cannot cross-build"),
        (("--os", "linux", "--variant", "metal"), "linux", "choose one of: cpu, cuda, vulkan"),
        (("--os", "macos", "--variant", "cuda", "--arch", "arm64"), "macos", "metal, cpu"),
        (("--os", "linux", "--format", "dmg"), "linux", "folder, deb, appdir, appimage"),
        (("--os", "windows", "--format", "deb"), "windows", "folder, iss"),
        (("--os", "macos", "--variant", "metal", "--arch", "x86_64"), "macos", "Apple silicon"),
    ],
)
def test_bad_combinations_say_what_to_do(argv: tuple[str, ...], running_on: str,
                                         message: str) -> None:
    with pytest.raises(build.BuildError, match=message):
        build.resolve_target(_args(*argv), running_on)


def test_main_reports_errors_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    other = "windows" if build.host_os() != "windows" else "linux"
    assert build.main(["--os", other]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("build: error: PyInstaller cannot cross-build")


def test_unknown_option_values_are_usage_errors() -> None:
    with pytest.raises(SystemExit) as exc:
        build.build_parser().parse_args(["--os", "beos"])
    assert exc.value.code == 2


def _lib_dir(tmp_path: Path, *names: str) -> Path:
    lib = tmp_path / "lib"
    lib.mkdir(parents=True)
    for name in names:
        (lib / name).write_bytes(b"\x7fELF")
    return lib


def test_variant_must_match_the_installed_llama_cpp(tmp_path: Path) -> None:
    cpu_only = _lib_dir(tmp_path, "libllama.so", "libggml.so", "libggml-cpu.so")
    build.check_variant("cpu", cpu_only)
    with pytest.raises(build.BuildError, match="no cuda backend"):
        build.check_variant("cuda", cpu_only)
    cuda = _lib_dir(tmp_path / "c", "libllama.so", "libggml-cuda.so", "libggml-cpu-haswell.so")
    build.check_variant("cuda", cuda)
    with pytest.raises(build.BuildError, match="has cuda backends"):
        build.check_variant("cpu", cuda)
    assert build.detected_backends(_lib_dir(tmp_path / "w", "ggml-vulkan.dll")) == {"vulkan"}


def test_the_installed_llama_cpp_is_a_cpu_build() -> None:
    """This environment's llama-cpp-python is what a Linux CPU build would freeze."""
    build.check_variant("cpu", build.llama_lib_dir())


def test_build_info_records_the_variant_and_versions(tmp_path: Path) -> None:
    target = build.resolve_target(_args("--os", "linux", "--variant", "cpu", "--format", "deb",
                                        "--out", str(tmp_path)), "linux")
    info = build.build_info(target, build.llama_lib_dir())
    assert info["variant"] == "cpu" and info["os"] == "linux" and info["formats"] == ["deb"]
    assert info["version"] == app.__version__
    assert info["llama_cpp_python"] == "0.3.36"
    assert info["backend_dl"] is False
    json.dumps(info)  # written as JSON into the bundle


def test_starter_model_is_found_for_bundling() -> None:
    path = build.starter_model()
    assert path is not None and path.name == build.STARTER_FILE


def _fake_bundle(out: Path, script: str) -> Path:
    """A bundle folder whose ``hearth`` is a shell script standing in for the frozen app."""
    bundle = out / "bundle" / "hearth"
    bundle.mkdir(parents=True)
    exe = bundle / "hearth"
    exe.write_text("#!/bin/sh\n" + script)
    exe.chmod(0o755)
    return bundle


@pytest.mark.skipif(build.host_os() != "linux", reason="a shell script stands in for the app")
def test_build_fails_when_the_bundle_does_not_start(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """What shipped once: the bundle stopped with No module named 'app', the build said 0."""
    _fake_bundle(tmp_path, "echo \"ModuleNotFoundError: No module named 'app'\" >&2\nexit 1\n")
    code = build.main(["--os", "linux", "--out", str(tmp_path), "--reuse-bundle"])
    err = capsys.readouterr()
    assert code == 1
    assert "No module named 'app'" in err.out
    assert "the bundle does not start: hearth --self-test exited with 1" in err.err


@pytest.mark.skipif(build.host_os() != "linux", reason="a shell script stands in for the app")
def test_build_runs_the_self_test_without_a_display(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """No display and no Xvfb: the self-test still runs, on Qt's offscreen platform, with a
    throw-away home and none of the build's Python settings."""
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("PYTHONPATH", "/somewhere")
    monkeypatch.setattr(build.shutil, "which", lambda _name: None)  # no xvfb-run
    _fake_bundle(tmp_path, 'echo "args=$* qpa=$QT_QPA_PLATFORM pp=${PYTHONPATH:-none} '
                 'home=$HOME"\n')
    assert build.main(["--os", "linux", "--out", str(tmp_path), "--reuse-bundle"]) == 0
    out = capsys.readouterr().out
    assert "args=--self-test qpa=offscreen pp=none home=" in out
    assert f"home={Path.home()}" not in out
    assert "the bundle's --self-test passed" in out


def test_self_test_uses_xvfb_when_there_is_no_display() -> None:
    cmd, env = build.self_test_command(Path("/b/hearth"), {"PATH": "/bin"}, "/usr/bin/xvfb-run")
    if build.host_os() == "linux":
        assert cmd[0] == "/usr/bin/xvfb-run" and cmd[-2:] == ["/b/hearth", "--self-test"]
        assert env["QT_QPA_PLATFORM"] == "xcb"
    cmd, env = build.self_test_command(Path("/b/hearth"), {"DISPLAY": ":0"}, "/usr/bin/xvfb-run")
    assert cmd == ["/b/hearth", "--self-test"] and "QT_QPA_PLATFORM" not in env
