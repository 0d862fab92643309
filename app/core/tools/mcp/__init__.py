"""MCP servers as tool sources (Qt-free): the ``mcpServers`` config, a synchronous client on
the official SDK, MCP tools as Hearth tools with their approval flags, and the manager that
keeps the connections.
"""

from app.core.tools.mcp.bridge import approval_flags, make_mcp_tools
from app.core.tools.mcp.client import (
    McpConnection,
    McpRuntime,
    McpServerError,
    McpToolInfo,
    ServerState,
    result_value,
)
from app.core.tools.mcp.config import (
    KEYCHAIN_VALUE,
    McpServerConfig,
    external_config_paths,
    load_mcp_config,
    mcp_config_path,
    move_secrets_to_keychain,
    parse_pasted_servers,
    read_external_servers,
    remove_server,
    save_server,
    server_from_json,
    set_server_enabled,
)
from app.core.tools.mcp.manager import McpManager, McpTools, default_manager

__all__ = [
    "KEYCHAIN_VALUE",
    "McpConnection",
    "McpManager",
    "McpRuntime",
    "McpServerConfig",
    "McpServerError",
    "McpToolInfo",
    "McpTools",
    "ServerState",
    "approval_flags",
    "default_manager",
    "external_config_paths",
    "load_mcp_config",
    "make_mcp_tools",
    "mcp_config_path",
    "move_secrets_to_keychain",
    "parse_pasted_servers",
    "read_external_servers",
    "remove_server",
    "result_value",
    "save_server",
    "server_from_json",
    "set_server_enabled",
]
