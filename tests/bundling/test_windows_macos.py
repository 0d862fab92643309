"""The Windows (Inno Setup) and macOS (.app, entitlements, dmg) scripts, checked as far as a
Linux machine can: structure and required settings, not a real compile or signature."""

from __future__ import annotations

import plistlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from windows import inno

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installers" / "windows" / "hearth.iss"
MACOS = ROOT / "installers" / "macos"


def parse_iss(text: str) -> dict[str, list[str]]:
    """Sections → their lines (comments, blanks and preprocessor lines dropped)."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            assert current is not None, f"line outside a section: {line}"
            sections[current].append(line)
    return sections


def entries(lines: list[str]) -> list[dict[str, str]]:
    """``Name: "x"; Flags: y`` lines → dicts (quoted values may hold ';')."""
    parsed = []
    for line in lines:
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        parsed.append({k: _unquote(v.strip()) for k, v in fields})
    return parsed


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1].replace('""', '"')
    return value


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return parse_iss(ISS.read_text(encoding="utf-8"))


def test_setup_is_a_per_user_install(iss: dict[str, list[str]]) -> None:
    setup = dict(line.split("=", 1) for line in iss["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{autopf}\Hearth"  # %LOCALAPPDATA%\Programs per user
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    assert setup["UninstallDisplayIcon"] == r"{app}\Hearth.exe"
    assert setup["ChangesAssociations"] == "yes"
    assert "{#Variant}" in setup["AppVerName"] and setup["OutputBaseFilename"] == \
        "{#OutputBaseFilename}"
    assert (ISS.parent / setup["LicenseFile"].replace("\\", "/")).resolve() == ROOT / "LICENSE"


def test_start_menu_entry_and_optional_association(iss: dict[str, list[str]]) -> None:
    icons = entries(iss["Icons"])
    assert any(i["Name"] == r"{autoprograms}\Hearth" and i["Filename"] == r"{app}\Hearth.exe"
               for i in icons)
    tasks = {t["Name"]: t for t in entries(iss["Tasks"])}
    assert "unchecked" in tasks["associategguf"]["Flags"]
    registry = entries(iss["Registry"])
    assert registry and all(r["Root"] == "HKA" for r in registry)  # HKCU when per-user
    assert all(r["Tasks"] == "associategguf" for r in registry)
    assert any(r["Subkey"] == r"Software\Classes\.gguf\OpenWithProgids" for r in registry)
    command = next(r for r in registry if r["Subkey"].endswith(r"shell\open\command"))
    assert command["ValueData"] == '"{app}\\Hearth.exe" "%1"'


def test_files_come_from_the_bundle_and_signing_is_optional(iss: dict[str, list[str]]) -> None:
    files = entries(iss["Files"])
    assert files == [{"Source": r"{#SourceDir}\*", "DestDir": "{app}",
                      "Flags": "ignoreversion recursesubdirs createallsubdirs"}]
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifdef SignTool\s+SignTool=hearthsign\s+SignedUninstaller=yes\s+#endif",
                     text)
    for define in ("AppVersion", "Variant", "SourceDir", "OutputDir", "IconFile"):
        assert f"#ifndef {define}" in text


def test_iscc_command_defines_every_placeholder(tmp_path: Path) -> None:
    defines = inno.iss_defines(tmp_path / "hearth", tmp_path, "Hearth-0.1.0-windows-x86_64-cpu",
                               "cpu", "0.1.0", tmp_path / "hearth.ico")
    names = {d[2:].split("=", 1)[0] for d in defines}
    used = set(re.findall(r"\{#(\w+)\}", ISS.read_text(encoding="utf-8")))
    assert used <= names | {"SignTool"}
    assert "/DOutputBaseFilename=Hearth-0.1.0-windows-x86_64-cpu-setup" in defines


def test_info_plist() -> None:
    info = plistlib.loads((MACOS / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == "app.hearth.Hearth"
    assert info["NSHighResolutionCapable"] is True
    doc = info["CFBundleDocumentTypes"][0]
    assert doc["CFBundleTypeExtensions"] == ["gguf"] and doc["CFBundleTypeRole"] == "Viewer"
    uti = info["UTImportedTypeDeclarations"][0]
    assert uti["UTTypeIdentifier"] in doc["LSItemContentTypes"]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["gguf"]


def test_entitlements_grant_nothing_extra() -> None:
    entitlements = plistlib.loads((MACOS / "entitlements.plist").read_bytes())
    for weaker in ("com.apple.security.cs.allow-jit",
                   "com.apple.security.cs.disable-library-validation",
                   "com.apple.security.cs.allow-unsigned-executable-memory"):
        assert not entitlements.get(weaker)


def test_dmg_script_signs_notarizes_and_staples() -> None:
    script = (MACOS / "make_dmg.sh").read_text(encoding="utf-8")
    subprocess.run(["bash", "-n", str(MACOS / "make_dmg.sh")], check=True)
    assert "codesign --force --options runtime" in script and "--entitlements" in script
    assert "hdiutil create" in script
    assert "xcrun notarytool submit" in script and "--wait" in script
    assert "xcrun stapler staple" in script


@pytest.mark.skipif(shutil.which("shellcheck") is None, reason="shellcheck not installed")
def test_shell_scripts_pass_shellcheck() -> None:
    subprocess.run(["shellcheck", str(MACOS / "make_dmg.sh"),
                    str(ROOT / "installers/linux/smoke_test.sh")], check=True)
