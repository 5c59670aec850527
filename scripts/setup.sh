#!/usr/bin/env bash
# Installs what a clean machine lacks: Debian's Chromium (browser mode, tests, benchmarks), poppler and the
# npm packages. Electron's binary comes from GitHub, which this network cannot reach, so it is
# skipped unless asked for; electron's types are installed either way. Where the network allows,
# `node node_modules/electron/install.js` fetches the binary.
set -euo pipefail
cd "$(dirname "$0")/.."

# Chromium runs the app in browser mode; poppler's pdftoppm/pdftotext read printed receipts in tests.
missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}…"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export ELECTRON_SKIP_BINARY_DOWNLOAD="${ELECTRON_SKIP_BINARY_DOWNLOAD:-1}"
npm ci --no-audit --no-fund
