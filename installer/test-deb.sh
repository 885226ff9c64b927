#!/usr/bin/env bash
# Tests the .deb that build-installer.sh made, without touching the machine: the package is
# unpacked into a scratch root (dpkg-deb -x) and the installed launcher is run from there.
#
#   1. control: package name, version = pom version without -SNAPSHOT, Depends has libgtk-3-0
#   2. files: launcher, jlinked runtime with the JavaFX modules, app jar, icon (a PNG), menu entry
#      (.desktop with the right Exec/Icon/Name/Categories), postinst that installs the menu entry
#   3. <root>/opt/shield-case-desk/bin/shield-case-desk --version prints the pom version
#   4. GUI smoke (when xvfb-run is there; SHIELD_SKIP_GUI_SMOKE=1 skips it): the installed app
#      started without arguments under Xvfb is still running after $SHIELD_GUI_SMOKE_SECONDS s
#      (default 20) with no exception in its output, and it did not unpack JavaFX natives into
#      ~/.openjfx (they must come from the runtime). A screenshot goes to installer/out/gui-smoke.png
#      when ImageMagick's import is installed.
#
# Usage: installer/test-deb.sh [path/to/shield-case-desk_*.deb]
# Exit status 0 when every check passed; otherwise 1, with a "test-deb: FAIL: ..." line per failure.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

APP=shield-case-desk
OUT=installer/out
DEB=${1:-}
if [[ -z "$DEB" ]]; then
  DEB=$(ls -t "$OUT"/"$APP"_*.deb 2>/dev/null | head -1 || true)
fi
[[ -n "$DEB" && -f "$DEB" ]] || { echo "test-deb: FAIL: no .deb found in $OUT (run installer/build-installer.sh first)" >&2; exit 1; }

FAILURES=0
pass() { printf 'test-deb: ok   %s\n' "$*"; }
fail() { printf 'test-deb: FAIL: %s\n' "$*" >&2; FAILURES=$((FAILURES + 1)); }
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }

if [[ -z "${JAVA_HOME:-}" ]] && command -v java >/dev/null; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
VERSION=$("$JAVA_HOME/bin/java" installer/tools/PackagingTool.java pom-version pom.xml)
PKG_VERSION=${VERSION%-SNAPSHOT}
echo "test-deb: $DEB (pom version $VERSION)"

SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/shield-test-deb.XXXXXX")
cleanup() {
  if [[ -n "${APP_PID:-}" ]]; then kill "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$SCRATCH"
}
trap cleanup EXIT
INSTROOT=$SCRATCH/root
mkdir -p "$INSTROOT" "$SCRATCH/control" "$SCRATCH/home"

# ---------------------------------------------------------------- control
PKG=$(dpkg-deb -f "$DEB" Package)
DEB_VERSION=$(dpkg-deb -f "$DEB" Version)
DEPENDS=$(dpkg-deb -f "$DEB" Depends)
check "Package is $APP (got '$PKG')" test "$PKG" = "$APP"
check "Version $DEB_VERSION is $PKG_VERSION[-N]" \
  bash -c '[[ "$1" == "$2" || "$1" == "$2"-* ]]' _ "$DEB_VERSION" "$PKG_VERSION"
check "Depends includes libgtk-3-0" \
  bash -c 'tr "," "\n" <<<"$1" | sed "s/^ *//; s/ .*//" | grep -qx "libgtk-3-0"' _ "$DEPENDS"
check "Depends includes xdg-utils (menu entry)" \
  bash -c 'tr "," "\n" <<<"$1" | sed "s/^ *//; s/ .*//" | grep -qx "xdg-utils"' _ "$DEPENDS"

# ---------------------------------------------------------------- files
dpkg-deb -x "$DEB" "$INSTROOT"
dpkg-deb -e "$DEB" "$SCRATCH/control"
PREFIX=/opt/$APP
LAUNCHER=$INSTROOT$PREFIX/bin/$APP
check "launcher $PREFIX/bin/$APP is executable" test -x "$LAUNCHER"
check "app jar $PREFIX/lib/app/shield.jar" test -f "$INSTROOT$PREFIX/lib/app/shield.jar"
RELEASE=$INSTROOT$PREFIX/lib/runtime/release
for m in java.base javafx.base javafx.graphics javafx.controls javafx.fxml jdk.localedata; do
  check "runtime has module $m" grep -Eq "^MODULES=.*[\" ]$m[\" ]" "$RELEASE"
done
check "runtime has the JavaFX natives (libglassgtk3.so)" test -f "$INSTROOT$PREFIX/lib/runtime/lib/libglassgtk3.so"

DESKTOP=$(find "$INSTROOT$PREFIX/lib" -maxdepth 1 -name '*.desktop' | head -1)
if [[ -z "$DESKTOP" ]]; then
  fail "menu entry: no .desktop file in $PREFIX/lib"
else
  pass "menu entry ${DESKTOP#"$INSTROOT"}"
  entry() { sed -n "s/^$1=//p" "$DESKTOP" | head -1; }
  check "menu entry Name=SHIELD Case Desk (got '$(entry Name)')" test "$(entry Name)" = "SHIELD Case Desk"
  check "menu entry Exec runs $PREFIX/bin/$APP (got '$(entry Exec)')" \
    bash -c '[[ "$1" == "$2" || "$1" == "\"$2\""* || "$1" == "$2 "* ]]' _ "$(entry Exec)" "$PREFIX/bin/$APP"
  check "menu entry Type=Application" test "$(entry Type)" = "Application"
  check "menu entry Categories has Office (got '$(entry Categories)')" \
    bash -c '[[ ";$1" == *";Office;"* ]]' _ "$(entry Categories)"
  ICON=$(entry Icon)
  check "menu entry Icon $ICON is in the package" test -f "$INSTROOT$ICON"
  if [[ -f "$INSTROOT$ICON" ]]; then
    check "icon is a PNG" bash -c '[[ "$(head -c 8 "$1" | od -An -tx1 | tr -d " \n")" == 89504e470d0a1a0a ]]' _ "$INSTROOT$ICON"
  fi
  check "postinst installs the menu entry (xdg-desktop-menu install ...$(basename "$DESKTOP"))" \
    grep -Eq "xdg-desktop-menu install .*$(basename "$DESKTOP")" "$SCRATCH/control/postinst"
fi

# ---------------------------------------------------------------- --version
if [[ -x "$LAUNCHER" ]]; then
  set +e
  VERSION_OUT=$(cd "$SCRATCH" && HOME=$SCRATCH/home timeout 120 "$LAUNCHER" --version 2>&1)
  rc=$?
  set -e
  printf 'test-deb: installed app --version printed: %s\n' "$VERSION_OUT"
  check "installed app --version exits 0 (got $rc)" test "$rc" -eq 0
  check "installed app --version prints $VERSION" \
    bash -c 'grep -Eq "(^|[^0-9A-Za-z.-]|[^0-9A-Za-z.-]v|^v)${2//./\\.}([^0-9A-Za-z.-]|$)" <<<"$1"' _ "$VERSION_OUT" "$VERSION"
fi

# ---------------------------------------------------------------- CLI round trip
# Exercises what jdeps cannot prove is in the runtime: the encrypted H2 file, Flyway, Hibernate,
# BouncyCastle (Argon2id), Jackson, locale data for the Thai demo names.
if [[ -x "$LAUNCHER" ]]; then
  cli() {
    (cd "$SCRATCH" && HOME=$SCRATCH/home SHIELD_PASSPHRASE='packaging test passphrase 42' \
      timeout 180 "$LAUNCHER" --vault "$SCRATCH/vault" --user packager "$@")
  }
  if out=$(cli vault init --admin packager 2>&1); then
    pass "installed app: vault init"
    if number=$(cli case add --title "Packaging smoke test" 2>&1) \
       && json=$(cli case list --format json 2>&1) \
       && grep -q "\"caseNumber\" *: *\"${number##*$'\n'}\"" <<<"$json"; then
      pass "installed app: case add, then case list --format json shows ${number##*$'\n'}"
    else
      fail "installed app: case add / case list round trip"
      printf '    | %s\n' "$number" "${json:-}" >&2
    fi
  else
    fail "installed app: vault init"
    sed 's/^/    | /' <<<"$out" >&2
  fi
fi

# ---------------------------------------------------------------- GUI smoke
if [[ "${SHIELD_SKIP_GUI_SMOKE:-0}" == 1 ]]; then
  echo "test-deb: GUI smoke test skipped (SHIELD_SKIP_GUI_SMOKE=1)"
elif ! command -v xvfb-run >/dev/null; then
  echo "test-deb: GUI smoke test skipped (no xvfb-run; apt-get install xvfb xauth)"
elif [[ -x "$LAUNCHER" ]]; then
  SECONDS_UP=${SHIELD_GUI_SMOKE_SECONDS:-20}
  LOG=$SCRATCH/gui.log
  SHOT=$ROOT/$OUT/gui-smoke.png
  rm -f "$SHOT"
  # Inside Xvfb: start the app, wait, note whether it is still running, screenshot, stop it.
  set +e
  HOME=$SCRATCH/home xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" >"$2" 2>&1 & pid=$!
    for ((i = 0; i < $3; i++)); do sleep 1; kill -0 $pid 2>/dev/null || break; done
    if kill -0 $pid 2>/dev/null; then
      command -v import >/dev/null && import -window root "$4" 2>/dev/null
      kill $pid; wait $pid 2>/dev/null; exit 0
    fi
    wait $pid; echo "exit status $?" >>"$2"; exit 3
  ' _ "$LAUNCHER" "$LOG" "$SECONDS_UP" "$SHOT"
  rc=$?
  set -e
  check "installed app (GUI, no arguments) still running after ${SECONDS_UP}s under Xvfb" test "$rc" -eq 0
  # GTK's own warnings (missing icon theme, no accessibility bus under Xvfb) are not app errors.
  if grep -Ev -- '-WARNING \*\*|^\(java:[0-9]+\): ' "$LOG" \
     | grep -Eq 'Exception|Error|IllegalAccess|Unable to load|cannot access'; then
    fail "installed app (GUI) printed an error:"
    sed 's/^/    | /' "$LOG" | head -40 >&2
  else
    pass "installed app (GUI) printed no exception"
  fi
  if (( rc != 0 )); then sed 's/^/    | /' "$LOG" | head -40 >&2; fi
  check "JavaFX natives came from the runtime (no ~/.openjfx cache)" test ! -e "$SCRATCH/home/.openjfx"
  [[ -f "$SHOT" ]] && echo "test-deb: screenshot of the running app: $OUT/gui-smoke.png"
fi

if (( FAILURES > 0 )); then
  echo "test-deb: FAILED: $FAILURES check(s) failed for $DEB" >&2
  exit 1
fi
echo "test-deb: PASSED: all checks for $DEB"
