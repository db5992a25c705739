"""Safe download of one article: timeouts, a size cap, re-checked redirects, no private addresses.

Every host is resolved here and each of its addresses checked; the request then goes to the checked
address (the name travels in the Host header and TLS SNI), so a second DNS answer cannot swap in a
private one between check and connect.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from fonte import settings
from fonte.errors import FetchError
from fonte.model import RawDocument, Source
from fonte.sources.files import human_size, raw_document, sniff_kind

if TYPE_CHECKING:  # httpx itself is imported on the first fetch: every CLI start would pay for it
    import httpx

_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain"}
_XML_TYPES = {"text/xml", "application/xml"}  # RSS/Atom feeds are served as these or as */*+xml
_DEFAULT_PORTS = {"http": 80, "https": 443}

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def is_public(ip: IPAddress) -> bool:
    """Whether ``ip`` is a public unicast address (not private, loopback, link-local, multicast, reserved)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not (
        ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved or ip.is_unspecified
    )


def resolve(host: str, port: int, url: str) -> list[IPAddress]:
    """Every address ``host`` resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"{url}: cannot resolve host {host}") from exc
    # scope ids (fe80::1%eth0) are not part of the address
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))


def _checked_address(target: httpx.URL, url: str, allow_private: bool) -> IPAddress:
    if target.scheme not in _DEFAULT_PORTS:
        raise FetchError(f"{url}: refused: only http and https URLs are fetched, not {target.scheme or 'this'}")
    host = target.raw_host.decode("ascii")
    if not host:
        raise FetchError(f"{url}: not a valid URL: no host")
    addresses = resolve(host, target.port or _DEFAULT_PORTS[target.scheme], url)
    if not allow_private:
        for ip in addresses:
            if not is_public(ip):
                via = "" if str(target) == url else f" (redirected to {target})"
                raise FetchError(
                    f"{url}: refused: {host} is a private or reserved address ({ip}){via}; use --allow-private to fetch it"
                )
    return addresses[0]


def _kind(content_type: str, url: str) -> str | None:
    """``html``, ``text`` or ``xml`` (feeds) by media type; None when the type does not say (sniff the bytes)."""
    media = content_type.split(";")[0].strip().lower()
    if media in _HTML_TYPES:
        return "html"
    if media in _TEXT_TYPES:
        return "text"
    if media in _XML_TYPES or media.endswith("+xml"):
        return "xml"
    if not media or media == "application/octet-stream":
        return None
    raise FetchError(f"{url}: not an article: content type {media}")


def _read_capped(response: httpx.Response, url: str, max_bytes: int, deadline: float, timeout: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"{url}: larger than the {human_size(max_bytes)} size cap (raise it with --max-size)")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # decompressed: the cap holds for what is read, not what was sent
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"{url}: larger than the {human_size(max_bytes)} size cap (raise it with --max-size)")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: timed out: download took longer than {timeout * settings.TOTAL_TIMEOUT_FACTOR:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def fetch(
    url: str,
    *,
    allow_private: bool = False,
    timeout: float = settings.TIMEOUT_SECONDS,
    max_bytes: int = settings.MAX_BYTES,
) -> RawDocument:
    """Download ``url`` as a RawDocument (kind html, text or xml from its content type), or raise FetchError."""
    import httpx

    deadline = time.monotonic() + timeout * settings.TOTAL_TIMEOUT_FACTOR
    current = url
    # trust_env=False: a proxy from the environment would resolve names itself and bypass the address check
    with httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.USER_AGENT},
    ) as client:
        for _ in range(settings.MAX_REDIRECTS + 1):
            try:
                target = httpx.URL(current)
            except httpx.InvalidURL as exc:
                raise FetchError(f"{url}: not a valid URL: {exc}") from exc
            address = _checked_address(target, url, allow_private)
            request = client.build_request(
                "GET",
                target.copy_with(host=str(address)),
                headers={"Host": target.netloc.decode("ascii")},
                extensions={"sni_hostname": target.raw_host.decode("ascii")} if target.scheme == "https" else {},
            )
            try:
                response = client.send(request, stream=True)
                try:
                    location = response.headers.get("location")
                    if response.status_code in _REDIRECTS and location:
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
                    kind = _kind(response.headers.get("content-type", ""), url)
                    data = _read_capped(response, url, max_bytes, deadline, timeout)
                finally:
                    response.close()
            except httpx.TimeoutException as exc:
                raise FetchError(f"{url}: timed out after {timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: cannot fetch: {exc or type(exc).__name__}") from exc
            if not data.strip():
                raise FetchError(f"{url}: empty response")
            document = raw_document(data, Source(url=current), kind or sniff_kind(data))
            document.charset = response.charset_encoding
            return document
    raise FetchError(f"{url}: more than {settings.MAX_REDIRECTS} redirects")
