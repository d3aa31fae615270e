#!/usr/bin/env bash
# The system packages `npm test` needs beside node_modules, installed from Debian when missing:
# - chromium, for the browser example's test (test/package/browser.test.ts); CHROMIUM_PATH points elsewhere;
# - Python's jsonschema, for the plan.schema.json recipe (test/package/recipes.test.ts);
# - Python's icalendar and dateutil, for the calendar-update read-back and the travel oracle (test/ical/updates.test.ts,
#   test/schedule/adjustments.prop.test.ts).
# Never a browser download: playwright-core drives the system's Chromium.
# Where they cannot be installed (no apt-get: macOS, a container without apt; or apt-get fails), those two checks are
# skipped with a notice (test/package/systemDeps.ts decides the same way) and everything else runs. With CI set,
# nothing may be skipped: a missing package fails here.
set -euo pipefail

packages=()
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] || packages+=(chromium)
python3 -c "import jsonschema" 2> /dev/null || /usr/bin/python3 -c "import jsonschema" 2> /dev/null || packages+=(python3-jsonschema)
/usr/bin/python3 -c "import icalendar" 2> /dev/null || packages+=(python3-icalendar)
/usr/bin/python3 -c "import dateutil" 2> /dev/null || packages+=(python3-dateutil)
[ "${#packages[@]}" -eq 0 ] && exit 0

needs="${packages[*]} (Chromium at $chromium, or set CHROMIUM_PATH; Python 3 with jsonschema, icalendar and dateutil)"
cannot_install() {
  if [ -n "${CI:-}" ]; then
    echo "npm test needs: $needs. $1; CI is set, so nothing is skipped." >&2
    exit 1
  fi
  echo "NOTICE: $1: the checks that need ${packages[*]} are skipped (the browser example and/or the Python JSON Schema recipe); install $needs to run them." >&2
  exit 0
}

command -v apt-get > /dev/null || cannot_install "no apt-get to install them"
sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo > /dev/null || cannot_install "not root and no sudo to install them"
  sudo_cmd="sudo"
fi
echo "Installing ${packages[*]} from Debian for the browser and JSON Schema tests..."
$sudo_cmd apt-get update -qq || cannot_install "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${packages[@]}" > /dev/null || cannot_install "apt-get install failed"
