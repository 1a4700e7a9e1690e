#!/usr/bin/env bash
# The browser tests need a real Chromium or Chrome. One already installed is used (CHROMIUM_PATH,
# then the usual names and places on Linux and macOS: scripts/lib/browser.ts). Only when none is found
# and this runs as root is Debian's package installed; otherwise it stops with one line saying how to
# get one (the tests never skip for want of a browser).
set -euo pipefail
cd "$(dirname "$0")/.."
find_browser() { node --import tsx scripts/find-browser.ts; }
if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
  echo "warning: CHROMIUM_PATH ($CHROMIUM_PATH) is not an executable file; looking elsewhere" >&2
fi
if find_browser >/dev/null; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  find_browser >/dev/null && exit 0
fi
node --import tsx -e 'import("./scripts/lib/browser.ts").then((m) => console.error(m.NO_BROWSER))'
exit 1
