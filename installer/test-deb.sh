#!/usr/bin/env bash
# Tests the .deb that build-installer.sh made, without touching the machine: the package is
# unpacked into a scratch root (dpkg-deb -x) and the installed launcher is run from there.
#
#   1. control: package name, version = pom version without -SNAPSHOT, Depends has libgtk-3-0
#   2. files: launcher, jlinked runtime with the JavaFX modules, app jar, icon (a PNG), menu entry
#      (.desktop with the right Exec/Icon/Name/Categories), postinst that installs the menu entry
#   3. <root>/opt/shield-case-desk/bin/shield-case-desk --version prints the pom version
#   4. a CLI round trip (vault init, case add, case list --format json, a Thai case-summary report and
#      report verify, --demo case list) in scratch
#   5. GUI smoke (when xvfb-run is there; SHIELD_SKIP_GUI_SMOKE=1 skips it): the installed app
#      started with --demo under Xvfb opens its window and, with xdotool, is unlocked into the main
#      window; it is still running $SHIELD_GUI_SMOKE_SECONDS s (default 20) later with no exception
#      in its output, and it did not unpack JavaFX natives into ~/.openjfx (they must come from the
#      runtime). A screenshot goes to installer/out/gui-smoke.png when ImageMagick's import is there.
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
cleanup() { rm -rf "$SCRATCH"; }
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

DESKTOP=$(find "$INSTROOT$PREFIX/lib" -maxdepth 1 -name '*.desktop' | sed -n 1p)
if [[ -z "$DESKTOP" ]]; then
  fail "menu entry: no .desktop file in $PREFIX/lib"
else
  pass "menu entry ${DESKTOP#"$INSTROOT"}"
  entry() { sed -n "s/^$1=//p" "$DESKTOP" | sed -n 1p; }
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

# Every run of the installed app stays inside the scratch directory: its data and logs
# (SHIELD_HOME), temporary files, and Java's user.home, which the JVM takes from the password
# database, not from $HOME (JavaFX's native-library cache and Java preferences live there).
APP_HOME=$SCRATCH/home
mkdir -p "$SCRATCH/tmp"
APP_ENV=(env HOME="$APP_HOME" SHIELD_HOME="$APP_HOME/.shield" TMPDIR="$SCRATCH/tmp"
         JAVA_TOOL_OPTIONS="-Duser.home=$APP_HOME -Djava.io.tmpdir=$SCRATCH/tmp")
app() { (cd "$SCRATCH" && "${APP_ENV[@]}" timeout 180 "$LAUNCHER" "$@"); }

# ---------------------------------------------------------------- --version
if [[ -x "$LAUNCHER" ]]; then
  set +e
  VERSION_OUT=$(app --version 2>"$SCRATCH/version.err")
  rc=$?
  set -e
  printf 'test-deb: installed app --version printed: %s\n' "$VERSION_OUT"
  check "installed app --version exits 0 (got $rc)" test "$rc" -eq 0
  check "installed app --version prints $VERSION" \
    bash -c 'grep -Eq "(^|[^0-9A-Za-z.-]|[^0-9A-Za-z.-]v|^v)${2//./\\.}([^0-9A-Za-z.-]|$)" <<<"$1"' _ "$VERSION_OUT" "$VERSION"
  if (( rc != 0 )); then sed 's/^/    | /' "$SCRATCH/version.err" >&2; fi
fi

# ---------------------------------------------------------------- CLI round trip
# Exercises what jdeps cannot prove is in the runtime: the encrypted H2 file, Flyway, Hibernate,
# BouncyCastle (Argon2id), Jackson, locale data for the Thai demo names, the report fonts and PDF export.
if [[ -x "$LAUNCHER" ]]; then
  cli() { SHIELD_PASSPHRASE='packaging test passphrase 42' app --vault "$SCRATCH/vault" --user packager "$@"; }
  if out=$(cli vault init --admin packager 2>&1); then
    pass "installed app: vault init"
    if number=$(cli case add --title "Packaging smoke test" 2>/dev/null) \
       && json=$(cli case list --format json 2>&1) \
       && grep -q "\"caseNumber\" *: *\"${number##*$'\n'}\"" <<<"$json"; then
      pass "installed app: case add, then case list --format json shows ${number##*$'\n'}"
      # a Thai report through the installed runtime: JasperReports, the bundled fonts, PDF/A, PDFBox
      if out=$(cli report case-summary "${number##*$'\n'}" --lang th --out "$SCRATCH/report.pdf" 2>&1) \
         && verdict=$(cli report verify "$SCRATCH/report.pdf" 2>&1) && grep -q '^GENUINE' <<<"$verdict"; then
        pass "installed app: report case-summary --lang th, then report verify says GENUINE"
      else
        fail "installed app: report case-summary / report verify"
        printf '    | %s\n' "${out:-}" "${verdict:-}" >&2
      fi
    else
      fail "installed app: case add / case list round trip"
      printf '    | %s\n' "${number:-}" "${json:-}" >&2
    fi
  else
    fail "installed app: vault init"
    sed 's/^/    | /' <<<"$out" >&2
  fi
  # The demo vault, created here so that the GUI below finds it ready.
  if out=$(app --demo case list --format csv 2>&1) && grep -q 'DEMO' <<<"$out"; then
    pass "installed app: --demo case list (demo vault created)"
  else
    fail "installed app: --demo case list"
    sed -n '1,20s/^/    | /p' <<<"$out" >&2
  fi
fi

# ---------------------------------------------------------------- GUI smoke
# The installed app runs JavaFX as named modules (docs/adr/0201-*), unlike java -jar: this is where
# a missing --add-exports/--add-opens or a missing module shows. The demo vault (--demo) is used so
# that, when xdotool is there, Return on the unlock screen (the demo passphrase is shown and filled
# in) opens the main window with its case list, ControlsFX controls and Thai names.
if [[ "${SHIELD_SKIP_GUI_SMOKE:-0}" == 1 ]]; then
  echo "test-deb: GUI smoke test skipped (SHIELD_SKIP_GUI_SMOKE=1)"
elif ! command -v xvfb-run >/dev/null; then
  echo "test-deb: GUI smoke test skipped (no xvfb-run; apt-get install xvfb xauth)"
elif [[ -x "$LAUNCHER" ]]; then
  SECONDS_UP=${SHIELD_GUI_SMOKE_SECONDS:-20}
  LOG=$SCRATCH/gui.log
  MARKS=$SCRATCH/gui.marks
  SHOT=$ROOT/$OUT/gui-smoke.png
  rm -f "$SHOT"
  : >"$MARKS"
  set +e
  "${APP_ENV[@]}" xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    launcher=$1 log=$2 secs=$3 shot=$4 marks=$5
    "$launcher" --demo >"$log" 2>&1 & pid=$!
    alive() { kill -0 $pid 2>/dev/null; }
    if command -v xdotool >/dev/null; then
      # Wait for the window (creating the demo vault takes a few seconds), then unlock it.
      for ((i = 0; i < 120; i++)); do
        if xdotool search --name "SHIELD" >/dev/null 2>&1; then echo "window $i" >>"$marks"; break; fi
        alive || break
        sleep 1
      done
      if alive && grep -q "^window" "$marks"; then sleep 3; xdotool key Return; echo "return" >>"$marks"; fi
    fi
    for ((i = 0; i < secs; i++)); do sleep 1; alive || break; done
    if alive; then
      command -v import >/dev/null && import -window root "$shot" 2>/dev/null
      kill $pid; wait $pid 2>/dev/null; exit 0
    fi
    wait $pid; echo "exit status $?" >>"$log"; exit 3
  ' _ "$LAUNCHER" "$LOG" "$SECONDS_UP" "$SHOT" "$MARKS"
  rc=$?
  set -e
  if command -v xdotool >/dev/null; then
    if grep -q '^window' "$MARKS"; then
      pass "installed app (GUI, --demo) opened its window after $(sed -n 's/^window //p' "$MARKS")s under Xvfb"
    else
      fail "installed app (GUI, --demo): no window titled SHIELD… appeared within 120 s"
    fi
  fi
  what="installed app (GUI, --demo$(grep -q '^return' "$MARKS" && echo ', Return on the unlock screen'))"
  check "$what still running ${SECONDS_UP}s later" test "$rc" -eq 0
  # GTK's own warnings (missing icon theme, no accessibility bus under Xvfb) are not app errors.
  if grep -Ev -- '-WARNING \*\*|^\(java:[0-9]+\): ' "$LOG" \
     | grep -Eq 'Exception|Error|IllegalAccess|Unable to load|cannot access'; then
    fail "$what printed an error:"
    sed -n '1,40s/^/    | /p' "$LOG" >&2
  else
    pass "$what printed no exception"
    if (( rc != 0 )); then sed -n '1,40s/^/    | /p' "$LOG" >&2; fi
  fi
  check "JavaFX natives came from the runtime (no ~/.openjfx cache)" test ! -e "$APP_HOME/.openjfx"
  if [[ -f "$SHOT" ]]; then echo "test-deb: screenshot of the running app: $OUT/gui-smoke.png"; fi
fi

# ---------------------------------------------------------------- the app's own log
# Failures the app catches (ErrorPresenter, CLI errors) go to its log, not to stdout.
APP_LOGS=$(find "$APP_HOME/.shield" -name '*.log' 2>/dev/null || true)
if [[ -n "$APP_LOGS" ]]; then
  if grep -hE '^[0-9-]+ [0-9:,]+ ERROR ' $APP_LOGS >"$SCRATCH/log-errors"; then
    fail "the app logged $(wc -l <"$SCRATCH/log-errors") ERROR line(s):"
    sed -n '1,20s/^/    | /p' "$SCRATCH/log-errors" >&2
  else
    pass "the app's log has no ERROR line ($(cat $APP_LOGS | grep -cE '^[0-9-]+ [0-9:,]+ WARN ' || true) WARN)"
  fi
fi

if (( FAILURES > 0 )); then
  echo "test-deb: FAILED: $FAILURES check(s) failed for $DEB" >&2
  exit 1
fi
echo "test-deb: PASSED: all checks for $DEB"
