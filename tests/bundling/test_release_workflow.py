"""The release workflow: parses, covers every OS × variant build.py offers, self-tests each
artifact, publishes SHA256SUMS, and names only files that exist."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from installers import build

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def _runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_runs_on_version_tags(workflow: dict) -> None:
    assert workflow["on"]["push"]["tags"] == ["v*"]


@pytest.mark.parametrize("job_name", ["linux", "windows", "macos"])
def test_every_variant_is_built_and_self_tested(workflow: dict, job_name: str) -> None:
    job = workflow["jobs"][job_name]
    variants = {entry["variant"] for entry in job["strategy"]["matrix"]["include"]}
    assert variants == set(build.VARIANTS[job_name])
    runs = _runs(job)
    assert f"installers/build.py --os {job_name} --variant ${{{{ matrix.variant }}}}" in runs
    assert "--self-test" in runs
    for entry in job["strategy"]["matrix"]["include"]:
        if entry["variant"] in {"cuda", "vulkan"}:  # must still start without a GPU driver
            assert "-DGGML_BACKEND_DL=ON" in entry["cmake_args"]
        assert "-DGGML_NATIVE=OFF" in entry["cmake_args"]


def test_each_os_installs_its_artifact_like_a_user(workflow: dict) -> None:
    jobs = workflow["jobs"]
    assert "/VERYSILENT" in _runs(jobs["windows"]) and "unins000.exe" in _runs(jobs["windows"])
    assert "hdiutil attach" in _runs(jobs["macos"])
    linux = _runs(jobs["linux"])
    assert "docker run" in linux and "apt-get install -y -q /dist/Hearth-" in linux
    assert "QT_QPA_PLATFORM=xcb" in linux and "AppImage --self-test" in linux


def test_linux_builds_on_a_runner_old_enough_for_the_qt_wheels(workflow: dict) -> None:
    """PySide6's manylinux tag sets the oldest glibc; the runner must not be older, and
    should not be newer than needed (the .deb's libc6 floor follows the build machine)."""
    from importlib import metadata

    tags = [line.split(": ", 1)[1] for line in
            (metadata.distribution("PySide6-Essentials").read_text("WHEEL") or "").splitlines()
            if line.startswith("Tag: ")]
    floors = [tuple(map(int, m.groups())) for t in tags
              if (m := re.search(r"manylinux_(\d+)_(\d+)", t))]
    runner = workflow["jobs"]["linux"]["runs-on"]
    assert runner == "ubuntu-22.04"  # glibc 2.35
    assert all(floor <= (2, 35) for floor in floors), floors


def test_publish_collects_everything_with_checksums(workflow: dict) -> None:
    publish = workflow["jobs"]["publish"]
    assert set(publish["needs"]) == {"linux", "windows", "macos"}
    assert "sha256sum" in _runs(publish) and "SHA256SUMS" in _runs(publish)
    assert publish["permissions"]["contents"] == "write"


def test_signing_steps_only_run_with_secrets(workflow: dict) -> None:
    windows = workflow["jobs"]["windows"]
    sign = next(s for s in windows["steps"] if s.get("name") == "Sign the executables")
    assert sign["if"] == "env.WINDOWS_CERT_PFX != ''"
    macos = workflow["jobs"]["macos"]
    cert = next(s for s in macos["steps"] if s.get("name") == "Signing certificate")
    assert cert["if"] == "env.MACOS_CERT_P12 != ''"


def test_referenced_files_exist(workflow: dict) -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    paths = set(re.findall(r"installers/[\w/.-]+\.(?:py|sh|iss)", text))
    assert "installers/build.py" in paths
    for path in paths:
        assert (ROOT / path).is_file(), path
    assert '-e ".[build]"' in text


@pytest.mark.parametrize("job_name", ["linux", "windows", "macos"])
def test_build_commands_are_valid_for_every_matrix_entry(workflow: dict, job_name: str) -> None:
    job = workflow["jobs"][job_name]
    commands = re.findall(r"python installers/build\.py ([^\n]+)", _runs(job))
    assert commands
    for entry in job["strategy"]["matrix"]["include"]:
        for command in commands:
            argv = re.sub(r"\$\{\{ matrix\.(\w+) \}\}", lambda m, e=entry: str(e[m.group(1)]),
                          command).split()
            target = build.resolve_target(build.build_parser().parse_args(argv), job_name)
            assert target.variant == entry["variant"]


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck not installed")
def test_bash_steps_pass_shellcheck(workflow: dict, tmp_path: Path) -> None:
    """Every bash `run:` block, with the ${{ }} expressions replaced, passes shellcheck."""
    checked = 0
    for name, job in workflow["jobs"].items():
        default_shell = "pwsh" if "windows" in str(job.get("runs-on")) else "bash"
        for i, step in enumerate(job["steps"]):
            if "run" not in step or step.get("shell", default_shell) != "bash":
                continue
            script = re.sub(r"\$\{\{[^}]*\}\}", "EXPR", step["run"])
            path = tmp_path / f"{name}-{i}.sh"
            path.write_text("#!/usr/bin/env bash\nset -e\n" + script)
            out = subprocess.run(["shellcheck", "-S", "warning", str(path)],
                                 capture_output=True, text=True)
            assert out.returncode == 0, f"{name} step {step.get('name')}:\n{out.stdout}"
            checked += 1
    assert checked >= 15
