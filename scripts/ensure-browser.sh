#!/usr/bin/env bash
# Browser tests drive Debian's chromium (no browser download is possible here); CJK fonts make Chinese legible.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
# No pipe into `grep -q`: under pipefail, grep quitting early makes fc-list die of SIGPIPE (exit 141) at random.
fonts=$(fc-list 2>/dev/null || true)
[[ "${fonts,,}" == *"noto sans cjk"* ]] || missing+=(fonts-noto-cjk)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing ${missing[*]} with apt-get (needed by the browser tests)…" >&2
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
