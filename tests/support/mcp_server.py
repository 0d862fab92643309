"""A small MCP server written with the official SDK, for the failure cases real servers lack.

Run it as ``python -m tests.support.mcp_server stdio`` or ``… http PORT`` (streamable HTTP on
127.0.0.1). Its tools: ``echo`` (read-only), ``boom`` (raises), ``sleepy`` (sleeps), ``die``
(the process exits in the middle of the call), ``picture`` (an image and an embedded
resource), ``grow`` (adds a tool and sends ``notifications/tools/list_changed``) and
``delete_everything`` (no annotations: MCP's defaults say destructive), ``env_value`` (what
the server's environment holds). Its stderr says
``fixture server up`` when it starts, for the log tests.
"""

from __future__ import annotations

import base64
import os
import sys
import time

from mcp.server.mcpserver import Context, Image, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import EmbeddedResource, TextResourceContents, ToolAnnotations

# A 1x1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")

server = MCPServer("fixture")


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
def echo(text: str, times: int = 1) -> str:
    """Repeat a text."""
    return " ".join([text] * times)


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
def boom(reason: str) -> str:
    """Always fails."""
    raise ToolError(f"boom: {reason}")


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
def sleepy(seconds: float) -> str:
    """Sleep, then answer."""
    time.sleep(seconds)
    return "awake"


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
def die(code: int = 3) -> str:
    """The server process exits during the call."""
    sys.stderr.write("fixture server: exiting on purpose\n")
    sys.stderr.flush()
    os._exit(code)


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False),
             structured_output=False)
def picture():  # type: ignore[no-untyped-def]
    """An image and a text resource."""
    return [Image(data=PNG, format="png"),
            EmbeddedResource(type="resource", resource=TextResourceContents(
                uri="memo://note", mime_type="text/plain", text="a note"))]


@server.tool(annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False))
async def grow(name: str, ctx: Context) -> str:
    """Add a tool to this server (it tells the client its tools changed)."""

    def added(value: str) -> str:
        return value

    server.add_tool(added, name=name, description=f"Added at run time: {name}")
    await ctx.session.send_tool_list_changed()
    return f"added {name}"


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
def env_value(name: str) -> str:
    """The value of one of this server's environment variables (for the keychain tests)."""
    return os.environ.get(name, "")


@server.tool()
def delete_everything(folder: str) -> str:
    """Pretends to delete a folder (no annotations: destructive by MCP's defaults)."""
    return f"deleted {folder}"


def main() -> None:
    sys.stderr.write("fixture server up\n")
    sys.stderr.flush()
    if sys.argv[1:2] == ["http"]:
        server.run("streamable-http", host="127.0.0.1", port=int(sys.argv[2]),
                   streamable_http_path="/mcp")
    else:
        server.run("stdio")


if __name__ == "__main__":
    main()
