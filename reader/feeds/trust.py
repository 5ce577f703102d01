"""The TLS context for https GETs: the trust httpx gives its clients, without importing it.

httpx (0.28+) trusts certifi's bundle, or the file or folder named by `SSL_CERT_FILE` /
`SSL_CERT_DIR`; `reader.feeds.direct` must verify exactly as the httpx client it stands in
for, and importing httpx for this alone costs ~10 MB of a refresh's peak memory.
"""

from __future__ import annotations

import os
import ssl


def ssl_context() -> ssl.SSLContext:
    """A verifying client context, built as `httpx.create_ssl_context()` builds it."""
    if cafile := os.environ.get("SSL_CERT_FILE"):
        return ssl.create_default_context(cafile=cafile)
    if capath := os.environ.get("SSL_CERT_DIR"):
        return ssl.create_default_context(capath=capath)
    import certifi

    return ssl.create_default_context(cafile=certifi.where())
