#!/usr/bin/env bash
# Real npm packages under node and coil, outputs compared.
#
# Installs tests/packages/package.json (with its package-lock.json) from the
# npm registry into a scratch directory, copies the scripts there and runs
# each tests/packages/*.js|*.mjs under node and under coil, comparing stdout
# and exit status. Scripts listed in tests/packages/WAITING.md are reported as
# skipped with the module they wait for (COIL_PACKAGES_ALL=1 runs them too).
# Prints `N passed, N failed, N skipped`; exits 1 when anything failed.
#
# Arguments: script names to run (without extension); default all.
# Environment: COIL_BIN (default target/debug/coil, built when missing),
# COIL_NODE (default node), COIL_PACKAGES_DIR (scratch dir to reuse).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PKG="$ROOT/tests/packages"
NODE="${COIL_NODE:-node}"
COIL="${COIL_BIN:-$ROOT/target/debug/coil}"

if ! command -v "$NODE" >/dev/null 2>&1; then
  echo "packages: node not found (set COIL_NODE)" >&2
  exit 1
fi
if [ ! -x "$COIL" ] && [ -z "${COIL_BIN:-}" ]; then
  echo "packages: building coil"
  cargo build -q -p coil_cli || exit 1
fi

SCRATCH="${COIL_PACKAGES_DIR:-}"
if [ -z "$SCRATCH" ]; then
  SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/coil-packages.XXXXXX")
  trap 'rm -rf "$SCRATCH"' EXIT
fi
mkdir -p "$SCRATCH"
cp "$PKG/package.json" "$SCRATCH/"
[ -f "$PKG/package-lock.json" ] && cp "$PKG/package-lock.json" "$SCRATCH/"
if [ ! -d "$SCRATCH/node_modules" ] || [ "$PKG/package.json" -nt "$SCRATCH/node_modules" ]; then
  echo "packages: npm install into $SCRATCH"
  if ! (cd "$SCRATCH" && npm install --no-audit --no-fund --loglevel=error >/dev/null); then
    echo "packages: npm install failed" >&2
    exit 1
  fi
fi

# script -> module it waits for, from WAITING.md's table.
declare -A WAITING
if [ -f "$PKG/WAITING.md" ]; then
  while IFS='|' read -r _ script module _; do
    script=$(echo "$script" | xargs)
    module=$(echo "$module" | xargs)
    case "$script" in
      *.js|*.mjs|*.cjs) WAITING["$script"]="$module" ;;
    esac
  done < "$PKG/WAITING.md"
fi

passed=0
failed=0
skipped=0
for path in "$PKG"/*.js "$PKG"/*.mjs "$PKG"/*.cjs; do
  [ -f "$path" ] || continue
  script=$(basename "$path")
  name="${script%.*}"
  if [ $# -gt 0 ]; then
    wanted=0
    for arg in "$@"; do [ "$arg" = "$name" ] || [ "$arg" = "$script" ] && wanted=1; done
    [ $wanted = 1 ] || continue
  fi
  waits="${WAITING[$script]:-}"
  if [ -n "$waits" ] && [ -z "${COIL_PACKAGES_ALL:-}" ]; then
    echo "SKIP $script (waits for $waits)"
    skipped=$((skipped + 1))
    continue
  fi
  cp "$path" "$SCRATCH/$script"
  run() {
    (cd "$SCRATCH" && env -u NODE_OPTIONS -u FORCE_COLOR -u NO_COLOR -u NODE_DISABLE_COLORS \
      -u DEBUG TZ=UTC timeout 120 "$1" "$script" >"$2" 2>"$3")
    echo $?
  }
  nrc=$(run "$NODE" "$SCRATCH/.node.out" "$SCRATCH/.node.err")
  crc=$(run "$COIL" "$SCRATCH/.coil.out" "$SCRATCH/.coil.err")
  if [ "$nrc" = "$crc" ] && cmp -s "$SCRATCH/.node.out" "$SCRATCH/.coil.out"; then
    if [ -n "$waits" ]; then
      echo "PASS $script (listed as waiting for $waits: remove it from WAITING.md)"
    else
      echo "PASS $script"
    fi
    passed=$((passed + 1))
  elif [ -n "$waits" ]; then
    echo "SKIP $script (waits for $waits; still differs)"
    skipped=$((skipped + 1))
  else
    echo "FAIL $script (exit node $nrc, coil $crc)"
    diff "$SCRATCH/.node.out" "$SCRATCH/.coil.out" | head -20 | sed 's/^/    /'
    tail -5 "$SCRATCH/.coil.err" | sed 's/^/    coil stderr: /'
    failed=$((failed + 1))
  fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ $failed = 0 ]
