#!/usr/bin/env bash
# The system packages `npm test` needs beside node_modules, installed from Debian when missing:
# - chromium, for the browser example's test (test/package/browser.test.ts); CHROMIUM_PATH points elsewhere;
# - Python's jsonschema, for the plan.schema.json recipe (test/package/recipes.test.ts).
# Never a browser download: playwright-core drives the system's Chromium.
set -euo pipefail

packages=()
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] || packages+=(chromium)
python3 -c "import jsonschema" 2> /dev/null || /usr/bin/python3 -c "import jsonschema" 2> /dev/null || packages+=(python3-jsonschema)
[ "${#packages[@]}" -eq 0 ] && exit 0

if ! command -v apt-get > /dev/null; then
  echo "npm test needs: ${packages[*]} (Chromium at $chromium, or set CHROMIUM_PATH; Python 3 with jsonschema)." >&2
  exit 1
fi
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
echo "Installing ${packages[*]} from Debian for the browser and JSON Schema tests..."
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" > /dev/null
