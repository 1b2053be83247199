#!/usr/bin/env bash
# Conformance regression check for CI: every test in conformance/expected-pass.txt
# must still pass under target/release/coil. Installs what it needs on a fresh
# Debian machine (needs root for apt), fetches Node's test suite through the
# runner's own apt route (deb-src entry + apt-get source), builds, and runs
# `coil-conformance check`. Exits non-zero on any regression or if the suite
# cannot be fetched. Works with CI=true and no stdin.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

if ! command -v xz >/dev/null 2>&1 || ! command -v tar >/dev/null 2>&1; then
    echo "conformance.sh: installing xz-utils and tar"
    apt-get update -q </dev/null
    apt-get install -y -q --no-install-recommends xz-utils tar </dev/null
fi

JOBS="$(nproc 2>/dev/null || echo 2)"
nice cargo build --release -p coil_cli -p coil_conformance </dev/null

# Fetching is done by the runner (adds the deb-src entry, apt-get update for it,
# apt-get source --download-only, unpacks test/ into ~/.cache/coil-conformance).
target/release/coil-conformance fetch </dev/null

exec target/release/coil-conformance check --runtime target/release/coil -j "$JOBS" </dev/null
