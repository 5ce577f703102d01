#!/usr/bin/env bash
# Build Miniflux (the sync tests' server) once per version; print the binary's path.
# Cached in $MINIFLUX_CACHE (default ~/.cache/newsreader/miniflux)/VERSION/miniflux.app,
# where tests/sync/conftest.py looks for it. Needs Go >= 1.26 and the Go module proxy.
set -euo pipefail
version="${MINIFLUX_VERSION:-2.3.5}"
cache="${MINIFLUX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsreader/miniflux}"
bin="$cache/$version/miniflux.app"
if [ ! -x "$bin" ]; then
    command -v go >/dev/null 2>&1 || { echo "miniflux.sh: go not found (Go >= 1.26 needed)" >&2; exit 1; }
    # a cache folder that is a link to a folder not made yet (a shared cache on a new machine)
    if [ -L "$cache" ] && [ ! -e "$cache" ]; then
        target="$(readlink "$cache")"
        case "$target" in /*) ;; *) target="$(dirname "$cache")/$target" ;; esac
        mkdir -p "$target"
    fi
    mkdir -p "$cache/$version"
    GOBIN="$cache/$version" go install "miniflux.app/v2@v$version" >&2
fi
echo "$bin"
