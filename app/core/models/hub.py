"""What every Hugging Face Hub call in Hearth shares: endpoint, offline switch, headers, errors.

huggingface-hub reads ``HF_ENDPOINT`` and ``HF_HUB_OFFLINE`` once, when it is imported; Hearth
reads them again at each call so that a mirror set in the environment of a running window (and
the tests' local server) is honoured. Hub exceptions become :class:`HubError` sentences that say
what to do, never a traceback and never the token.
"""

from __future__ import annotations

import os

from app import __version__
from app.core.errors import QT_TRANSLATE_NOOP, HearthError

DEFAULT_ENDPOINT = "https://huggingface.co"
LOGIN_HINT = "hearth models login"


class HubError(HearthError):
    """The Hugging Face Hub (or the mirror in HF_ENDPOINT) refused or could not be reached."""


class GatedRepoError(HubError):
    """The repo needs a token from an account that accepted its licence."""

    def __init__(self, message: str, *, repo: str, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.repo = repo


def hub_endpoint() -> str:
    """``HF_ENDPOINT`` (a mirror) or huggingface.co, read now rather than at import."""
    value = (os.environ.get("HF_ENDPOINT") or "").strip().rstrip("/")
    return value or DEFAULT_ENDPOINT


def hub_offline() -> bool:
    """True when ``HF_HUB_OFFLINE`` asks for no network at all."""
    from huggingface_hub import constants

    value = (os.environ.get("HF_HUB_OFFLINE") or "").strip().upper()
    return value in {"1", "ON", "YES", "TRUE"} or bool(constants.HF_HUB_OFFLINE)


def ensure_online() -> None:
    if hub_offline():
        raise HubError.of(
            QT_TRANSLATE_NOOP(
                "core", "Hugging Face downloads are switched off (HF_HUB_OFFLINE is set)."),
            hint=QT_TRANSLATE_NOOP("core", "Unset HF_HUB_OFFLINE to search or download models; "
                                   "installed models still work."),
        )


def repo_url(repo: str) -> str:
    """The repo's page, where people accept a licence."""
    return f"{hub_endpoint()}/{repo}"


def hub_headers(token: str | None) -> dict[str, str]:
    """huggingface-hub's own headers (user agent) plus the token when there is one.

    ``token=False`` keeps huggingface-hub from reaching for its own stored login: the token
    comes only from :mod:`app.core.models.hub_auth`.
    """
    from huggingface_hub.utils import build_hf_headers

    headers = build_hf_headers(token=False, library_name="hearth", library_version=__version__)
    if token:
        headers["authorization"] = f"Bearer {token}"
    return headers


def gated_error(repo: str, status: int | None, *, have_token: bool) -> GatedRepoError:
    """The one sentence for a 401/403: which licence to accept, and how to log in."""
    page = repo_url(repo)
    if have_token:
        message = (f"Hugging Face refused the download from {repo} (HTTP {status or 403}): "
                   "your account has not been granted access to this gated repo.")
        hint = (f"Accept its licence at {page} while logged in with the account whose token "
                f"Hearth uses (replace it with `{LOGIN_HINT}`), then try again.")
    else:
        message = (f"{repo} is a gated repo: Hugging Face needs you to accept its licence "
                   f"(HTTP {status or 401}).")
        hint = (f"Accept the licence at {page}, create a read token at "
                f"{DEFAULT_ENDPOINT}/settings/tokens, run `{LOGIN_HINT}`, then try again.")
    return GatedRepoError(message, repo=repo, hint=hint)


def translate_hub_error(exc: BaseException, repo: str, *, have_token: bool,
                        filename: str | None = None) -> HearthError:
    """A huggingface-hub / httpx exception → a HearthError a person can act on."""
    import httpx2
    from huggingface_hub import errors as hf_errors

    what = f"{repo}/{filename}" if filename else repo
    if isinstance(exc, HearthError):
        return exc
    if isinstance(exc, hf_errors.OfflineModeIsEnabled):
        return HubError.of(
            QT_TRANSLATE_NOOP(
                "core", "Hugging Face downloads are switched off (HF_HUB_OFFLINE is set)."),
            hint=QT_TRANSLATE_NOOP("core", "Unset HF_HUB_OFFLINE to download models."))
    if isinstance(exc, hf_errors.GatedRepoError):
        status = exc.response.status_code if exc.response is not None else None
        return gated_error(repo, status, have_token=have_token)
    if isinstance(exc, hf_errors.RevisionNotFoundError):
        return HubError(f"{repo} has no such revision.", hint="Check the branch or commit name.")
    if isinstance(exc, hf_errors.RemoteEntryNotFoundError):
        return HubError(f"{repo} has no file called {filename}.",
                        hint=f"See the files with `hearth models search {repo} --files`.")
    if isinstance(exc, hf_errors.HfHubHTTPError):
        status = exc.response.status_code if exc.response is not None else None
        if status in (401, 403):
            if isinstance(exc, hf_errors.RepositoryNotFoundError) and not have_token:
                return HubError(
                    f"{repo} was not found on {hub_endpoint()}, or it is private or gated "
                    f"(HTTP {status}).",
                    hint=f"Check the name; for a gated repo accept its licence at "
                    f"{repo_url(repo)} and run `{LOGIN_HINT}`.")
            return gated_error(repo, status, have_token=have_token)
        if status == 404 or isinstance(exc, hf_errors.RepositoryNotFoundError):
            return HubError.of(QT_TRANSLATE_NOOP("core", "{repo} was not found on {hub}."),
                               hint=QT_TRANSLATE_NOOP(
                                   "core", "Check the repo name (owner/name), e.g. with `hearth "
                                   "models search`."),
                               repo=repo, hub=hub_endpoint())
        return HubError.of(
            QT_TRANSLATE_NOOP("core", "Hugging Face answered HTTP {status} for {what}."),
            hint=QT_TRANSLATE_NOOP("core", "Try again later."), status=status, what=what)
    if isinstance(exc, httpx2.TransportError | OSError):
        return HubError.of(QT_TRANSLATE_NOOP("core", "Could not reach {hub} ({reason})."),
                           hint=QT_TRANSLATE_NOOP("core", "Check the network connection, or set "
                                                  "HF_ENDPOINT to a mirror."),
                           hub=hub_endpoint(), reason=type(exc).__name__)
    return HubError(f"Hugging Face request for {what} failed: {type(exc).__name__}.")
