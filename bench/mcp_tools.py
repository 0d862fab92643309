"""What an MCP tool costs next to a built-in one: server start, call round trip, prompt size.

    python bench/mcp_tools.py            # prints a table; saves bench/results/mcp_tools.json

The real ``mcp-server-time`` (stdio) is started a few times; then its ``get_current_time`` and
Hearth's built-in tool of the same name are called in turns (so load from other programs hits
both alike) and the median round trips are compared as a ratio. The tool prompt's size is
given for the time and git servers (characters, and tokens as the budget estimates them).
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.core.engine.base import CancelToken  # noqa: E402
from app.core.tools.budget import _estimate  # noqa: E402
from app.core.tools.builtin.clock import clock_tools  # noqa: E402
from app.core.tools.mcp import McpManager, McpServerConfig, save_server  # noqa: E402
from app.core.tools.prompt import system_tool_prompt  # noqa: E402

STARTS = 3
CALLS = 60


def main() -> int:
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "mcp.json"
        save_server(McpServerConfig("time", command=sys.executable,
                                    args=("-m", "mcp_server_time", "--local-timezone", "UTC")),
                    path)
        save_server(McpServerConfig("git", command=sys.executable,
                                    args=("-m", "mcp_server_git", "--repository", str(ROOT))),
                    path)
        manager = McpManager(path, logs=Path(tmp) / "logs")
        starts = []
        for _ in range(STARTS):
            connection = manager.connection("time")
            connection.stop()
            began = time.perf_counter()
            connection.start()
            starts.append((time.perf_counter() - began) * 1000)
        mcp_tool = manager.tools_for(["time"]).tools[0]
        builtin = clock_tools(None)[0]
        args = {"timezone": "Europe/Paris"}
        mcp_ms, builtin_ms = [], []
        for _ in range(CALLS):
            for tool, times in ((mcp_tool, mcp_ms), (builtin, builtin_ms)):
                began = time.perf_counter()
                tool.run(args, CancelToken())
                times.append((time.perf_counter() - began) * 1000)
        git_tools = manager.tools_for(["git"]).tools
        manager.close()
    prompt_time = system_tool_prompt([mcp_tool])
    prompt_git = system_tool_prompt(git_tools)
    count = _estimate  # the budget's own estimate; the engine counts exactly at run time
    out = {
        "server_start_ms_median": round(statistics.median(starts), 1),
        "call_ms_median_mcp": round(statistics.median(mcp_ms), 3),
        "call_ms_median_builtin": round(statistics.median(builtin_ms), 3),
        "call_ratio_mcp_vs_builtin": round(statistics.median(mcp_ms)
                                           / statistics.median(builtin_ms), 1),
        "git_tools": len(git_tools),
        "prompt_tokens_one_time_tool": count(prompt_time),
        "prompt_tokens_git_server": count(prompt_git),
        "prompt_chars_git_server": len(prompt_git),
        "token_count": "estimate (chars/3, what fit_tools uses without an engine)",
    }
    for key, value in out.items():
        print(f"{key:32} {value}")
    results = ROOT / "bench" / "results" / "mcp_tools.json"
    results.write_text(json.dumps(out, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
