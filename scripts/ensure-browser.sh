#!/usr/bin/env bash
# The browser tests need a real Chromium. Debian's package is used; on a fresh machine this installs it
# (the tests never skip for want of a browser: without one they fail and say why).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
for c in /usr/bin/chromium /usr/bin/chromium-browser; do [ -x "$c" ] && exit 0; done
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Chromium for the browser tests (apt-get install chromium)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "error: the browser tests need Chromium. Install Debian's 'chromium' package or set CHROMIUM_PATH." >&2
exit 1
