"""Settings ▸ Local server: the switch starts and stops the real server without blocking the
window, and the panel shows the address and the requests being answered."""

from __future__ import annotations

import threading

import httpx
import pytest

from app.core.settings import Settings
from app.ui.server_panel import ServerController
from app.ui.settings_dialog import SettingsDialog


def test_switch_starts_and_stops_the_server(qtbot, smollm2_gguf) -> None:  # type: ignore[no-untyped-def]
    controller = ServerController(port=0)
    dialog = SettingsDialog(Settings(), server=controller)
    qtbot.addWidget(dialog)
    panel = dialog.server_panel
    assert panel.state_label.text() == "Stopped"

    panel.switch.setChecked(True)
    qtbot.waitUntil(lambda: controller.state == "running", timeout=10_000)
    url = panel.address.text()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
    assert not url.endswith(":0/v1")
    assert "Running" in panel.state_label.text()
    assert httpx.get(url.removesuffix("/v1") + "/health").json()["status"] == "ok"

    # A request being answered shows in the panel while the GUI keeps running.
    replies: list[httpx.Response] = []
    body = {"model": "smollm2-135m", "prompt": "Once upon a time", "max_tokens": 24,
            "temperature": 0}
    worker = threading.Thread(target=lambda: replies.append(
        httpx.post(f"{url}/completions", json=body, timeout=300)))
    worker.start()
    qtbot.waitUntil(lambda: panel.requests_label.text() == "1 being answered",
                    timeout=120_000)
    qtbot.waitUntil(lambda: bool(replies), timeout=300_000)
    worker.join()
    assert replies[0].status_code == 200
    qtbot.waitUntil(lambda: panel.requests_label.text() == "none being answered",
                    timeout=10_000)

    panel.copy_address()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == url

    panel.switch.setChecked(False)
    qtbot.waitUntil(lambda: controller.state == "stopped", timeout=30_000)
    assert panel.state_label.text() == "Stopped"
    assert panel.switch.isEnabled() and not panel.switch.isChecked()
    with pytest.raises(httpx.ConnectError):
        httpx.get(url.removesuffix("/v1") + "/health", timeout=5)


def test_a_port_in_use_shows_an_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    import socket

    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen(1)
    try:
        controller = ServerController(port=taken.getsockname()[1])
        dialog = SettingsDialog(Settings(), server=controller)
        qtbot.addWidget(dialog)
        dialog.server_panel.switch.setChecked(True)
        assert controller.state == "error"
        assert "Cannot listen" in dialog.server_panel.state_label.text()
        assert not dialog.server_panel.switch.isChecked()
    finally:
        taken.close()
