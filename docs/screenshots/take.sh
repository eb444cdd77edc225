#!/usr/bin/env bash
# Takes docs/screenshots/main-window.png as a person would see it: starts the
# desktop app on a fresh demo data file under Xvfb, types the login with
# xdotool and captures the screen. Needs a built tree (./run or ./test).
#   docs/screenshots/take.sh [BUILD_DIR]   (default: build/release, else build/dev)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-}
if [[ -z "$build" ]]; then
    build=$top/build/release
    [[ -x $build/app/phongdich ]] || build=$top/build/dev
fi
[[ -x $build/app/phongdich ]] || { echo "No built app in $build: run ./run or ./test first." >&2; exit 1; }

for tool in xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || missing=1
done
if [[ -n "${missing:-}" ]]; then
    as_root=(); [[ $(id -u) -eq 0 ]] || as_root=(sudo)
    DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq xvfb xdotool imagemagick >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.sqlite
"$build/app/cli/phongdich-cli" init --db "$db" --device-name "Chốt Km 12" --unit 00001 \
    --venue "Chốt kiểm dịch Phúc Xá" >/dev/null
echo "demo-admin" | "$build/app/cli/phongdich-cli" user add --db "$db" --username admin \
    --name "Trần Thị Hoà" --roles admin --password-stdin >/dev/null

cat >"$work/session.sh" <<SESSION
set -e
"$build/app/phongdich" --db "$db" &
app=\$!
# No window manager under Xvfb: give the login dialog the focus by hand.
win=\$(xdotool search --sync --onlyvisible --name "PhongDich" | head -n 1)
sleep 1
xdotool windowfocus --sync "\$win"
xdotool type --delay 20 "admin"
xdotool key Tab
xdotool type --delay 20 "demo-admin"
xdotool key Return
sleep 3
import -window root "$work/screen.png"
kill \$app
SESSION
xvfb-run -a -s "-screen 0 1100x700x24" bash "$work/session.sh"
convert "$work/screen.png" -trim +repage "$top/docs/screenshots/main-window.png"
echo "wrote docs/screenshots/main-window.png"
