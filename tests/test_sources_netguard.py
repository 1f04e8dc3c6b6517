"""sources/netguard: which addresses a fetch may reach (SSRF rules)."""
from __future__ import annotations

import pytest

from wirewatch.errors import Rejected
from wirewatch.sources.netguard import address_problem, resolve_checked


@pytest.mark.parametrize("addr, what", [
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.0.0.5", "private"), ("192.168.1.1", "private"),
    ("172.16.3.4", "private"), ("169.254.10.10", "link-local"), ("fe80::1", "link-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("240.0.0.1", "reserved"), ("0.0.0.0", "unspecified"),
    ("169.254.169.254", "metadata"), ("fd00:ec2::254", "metadata"), ("100.100.100.200", "metadata"),
    ("100.64.0.1", "non-global"), ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
    ("fc00::1", "private"),
])
def test_netguard_refuses_non_public_addresses(addr, what):
    problem = address_problem(addr)
    assert problem is not None and what in problem


@pytest.mark.parametrize("addr", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_netguard_accepts_public_addresses(addr):
    assert address_problem(addr) is None


def test_netguard_every_resolved_address_must_be_public():
    mixed = lambda host, port: ["93.184.216.34", "10.0.0.7"]  # noqa: E731
    with pytest.raises(Rejected) as exc:
        resolve_checked("https://news.example.invalid/", False, mixed)
    assert exc.value.reason == "blocked" and "10.0.0.7" in exc.value.detail
    assert resolve_checked("https://news.example.invalid/x", False, lambda h, p: ["93.184.216.34"]) == \
        ("https", "news.example.invalid", 443, "93.184.216.34")


def test_netguard_allow_private_never_opens_metadata():
    assert resolve_checked("http://10.0.0.1:8080/", True)[3] == "10.0.0.1"
    for url in ("http://169.254.169.254/latest/meta-data/", "http://metadata.google.internal/"):
        with pytest.raises(Rejected) as exc:
            resolve_checked(url, True)
        assert exc.value.reason == "blocked" and "metadata" in exc.value.detail


def test_netguard_unresolvable_host_is_fetch_failed():
    def fail(host, port):
        raise OSError("no such host")
    with pytest.raises(Rejected) as exc:
        resolve_checked("http://nowhere.invalid/", False, fail)
    assert exc.value.reason == "fetch-failed" and "cannot resolve" in exc.value.detail
