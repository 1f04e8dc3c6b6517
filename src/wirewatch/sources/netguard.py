"""SSRF guard: which URLs and resolved addresses a fetch may reach."""
from __future__ import annotations

import ipaddress
import socket
from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit

from wirewatch.errors import Rejected

# Cloud instance-metadata endpoints: never a news source, so refused even with allow_private.
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254", "192.0.0.192"))
METADATA_HOSTS = frozenset({"metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal"})
ALLOWED_SCHEMES = ("http", "https")

Resolver = Callable[[str, int], list[str]]


def system_resolve(host: str, port: int) -> list[str]:
    """All addresses the system resolver gives for host (IPv4 and IPv6)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        addr = info[4][0].split("%", 1)[0]  # drop an IPv6 zone id
        if addr not in seen:
            seen.append(addr)
    return seen


def address_problem(addr: str) -> Optional[str]:
    """Why an address is not public (loopback, private, ...), or None for a global unicast address."""
    ip = ipaddress.ip_address(addr)
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv4-mapped / NAT64-embedded address is judged as the IPv4 address it carries.
        if ip.ipv4_mapped is not None:
            return address_problem(str(ip.ipv4_mapped))
        if ip.sixtofour is not None:
            return address_problem(str(ip.sixtofour))
    if ip in METADATA_ADDRESSES:
        return "a cloud metadata address"
    # Most specific first (Python counts link-local, reserved ... as "private" too).
    for attr, what in (("is_unspecified", "an unspecified"), ("is_loopback", "a loopback"),
                       ("is_link_local", "a link-local"), ("is_multicast", "a multicast"),
                       ("is_reserved", "a reserved"), ("is_private", "a private")):
        if getattr(ip, attr):
            return f"{what} address"
    if not ip.is_global:
        return "a non-global address"
    return None


def split_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL; Rejected('blocked') for any other scheme."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise Rejected(url, "fetch-failed", f"malformed URL: {exc}")
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise Rejected(url, "blocked", f"scheme {scheme or '(none)'!r} is not allowed; only http and https")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise Rejected(url, "fetch-failed", "the URL has no host")
    return scheme, host, port or (443 if scheme == "https" else 80)


def resolve_checked(url: str, allow_private: bool, resolve: Resolver = system_resolve,
                    allow_hosts: Iterable[str] = ()) -> tuple[str, str, int, str]:
    """Check a URL and resolve its host: (scheme, host, port, address to connect to), or Rejected.

    Every resolved address must be public unless ``allow_private`` (or the host is in
    ``allow_hosts``); the caller connects to the returned address, so a second DNS answer
    (rebinding) cannot switch the target after the check.
    """
    scheme, host, port = split_url(url)
    if host in METADATA_HOSTS:
        raise Rejected(url, "blocked", f"host {host!r} is a cloud metadata service")
    try:
        addrs = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            addrs = resolve(host, port)
        except (OSError, UnicodeError) as exc:
            raise Rejected(url, "fetch-failed", f"cannot resolve {host!r}: {exc}")
    if not addrs:
        raise Rejected(url, "fetch-failed", f"cannot resolve {host!r}: no addresses")
    trusted = allow_private or host in set(allow_hosts)
    for addr in addrs:
        problem = address_problem(addr)
        if problem is None:
            continue
        if problem == "a cloud metadata address" or not trusted:
            raise Rejected(url, "blocked", f"{host} resolves to {addr}, {problem} "
                           f"(use --allow-private for local sources)" if problem != "a cloud metadata address"
                           else f"{host} resolves to {addr}, {problem}")
    return scheme, host, port, addrs[0]
