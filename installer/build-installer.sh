#!/usr/bin/env bash
# Builds the desktop packages of SHIELD Case Desk with the JDK's jlink and jpackage:
#
#   installer/out/shield-case-desk/              app image (bin/shield-case-desk, lib/app, lib/runtime)
#   installer/out/shield-case-desk_<ver>_<arch>.deb
#
# How (see docs/PACKAGING.md and docs/adr/0201-*.md for the why):
#   1. target/shield.jar is built if it is missing or older than pom.xml / src/main.
#   2. The JavaFX jars Maven resolved for this platform (org.openjfx:*:<classifier>) are turned into
#      jmods, their native libraries (.so) moved into the jmod's lib section.
#   3. jlink links a runtime of those JavaFX modules plus the JDK modules the app needs
#      (jdeps, plus modules only reached by reflection or service loading).
#   4. A copy of shield.jar without the JavaFX classes goes on the class path of a jpackage app image
#      that uses that runtime; then jpackage turns the app image into a .deb.
#
# Usage: installer/build-installer.sh [--rebuild-jar] [--no-deb]
# Environment: JAVA_HOME (default: the JDK of `java` on PATH), MVN (default: mvn),
#              SHIELD_DEB_MAINTAINER (e-mail for the .deb Maintainer field).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

REBUILD_JAR=false
BUILD_DEB=true
for arg in "$@"; do
  case "$arg" in
    --rebuild-jar) REBUILD_JAR=true ;;
    --no-deb) BUILD_DEB=false ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "build-installer: unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

APP_NAME=shield-case-desk
MAIN_CLASS=org.shield.bootstrap.Launcher
VENDOR="SHIELD Case Desk project"
DESCRIPTION="Case management for counter-trafficking investigators, over an encrypted local vault"
COPYRIGHT="Copyright (c) $(date +%Y) SHIELD Case Desk contributors"
MAINTAINER=${SHIELD_DEB_MAINTAINER:-packaging@shield-case-desk.invalid}
ICON=src/main/resources/icons/shield-case-desk.png
case "$(uname -s)" in
  Linux) OS=linux ;;
  Darwin) OS=mac ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows ;;
  *) OS=other ;;
esac
PATHSEP=:
[[ $OS == windows ]] && PATHSEP=';'
OUT=installer/out
WORK=$OUT/work
MVN=${MVN:-mvn}
MVN_FLAGS=(-q -B -Dstyle.color=never)
# Quiet Maven; Debian's Maven 3.8 still prints bare colour resets, which are dropped.
mvnq() { "$MVN" "${MVN_FLAGS[@]}" "$@" 2>&1 | sed $'s/\e\\[[0-9;]*m//g'; }

step() { printf '\n--- build-installer: %s\n' "$*"; }
die() { printf 'build-installer: ERROR: %s\n' "$*" >&2; exit 1; }
elapsed() { echo "$(( $(date +%s) - $1 ))s"; }
T0=$(date +%s)

# ---------------------------------------------------------------- JDK tools
if [[ -z "${JAVA_HOME:-}" ]]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
for tool in java jar jdeps jmod jlink jpackage; do
  [[ -x "$JAVA_HOME/bin/$tool" ]] || die "$JAVA_HOME/bin/$tool not found: a full JDK 17+ is needed (set JAVA_HOME)"
done
[[ -f "$JAVA_HOME/jmods/java.base.jmod" ]] \
  || die "$JAVA_HOME/jmods is missing: jlink needs the JDK's jmods (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless)"
JAVA=$JAVA_HOME/bin/java
JAVA_FEATURE=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
(( JAVA_FEATURE >= 17 )) || die "JDK $JAVA_FEATURE found, 17 or newer needed"
PLATFORM=$("$JAVA_HOME/bin/jmod" describe "$JAVA_HOME/jmods/java.base.jmod" | sed -n 's/^platform //p')
tool() { "$JAVA" "$ROOT/installer/tools/PackagingTool.java" "$@"; }

# ---------------------------------------------------------------- version
VERSION=$(tool pom-version pom.xml)
APP_VERSION=${VERSION%-SNAPSHOT}
# jpackage wants a .png on Linux, an .ico on Windows, an .icns on macOS (made there: installer/README.md).
case $OS in
  windows) ICON=src/main/resources/icons/shield-case-desk.ico ;;
  mac) ICON=installer/out/shield-case-desk.icns ;;
esac
ICON_OPT=()
if [[ -f $ICON ]]; then ICON_OPT=(--icon "$ICON"); else echo "build-installer: warning: no $ICON, default icon"; fi
if [[ $OS != linux && $BUILD_DEB == true ]]; then
  echo "build-installer: not on Linux: app image only (an .msi / .dmg is made as installer/README.md says)"
  BUILD_DEB=false
fi
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] \
  || die "pom version '$VERSION' does not give a jpackage version (1-3 numbers, e.g. 1.2.3[-SNAPSHOT])"
echo "build-installer: $APP_NAME $VERSION -> package version $APP_VERSION, JDK $JAVA_FEATURE ($JAVA_HOME), $PLATFORM"

# ---------------------------------------------------------------- jar
JAR=target/shield.jar
if [[ $REBUILD_JAR == false && -f $JAR ]] \
   && [[ -z "$(find pom.xml src/main -newer "$JAR" -print -quit)" ]]; then
  echo "build-installer: using $JAR (up to date)"
else
  step "building $JAR (mvn -DskipTests package)"
  mvnq -DskipTests package
  [[ -f $JAR ]] || die "mvn package did not produce $JAR"
fi

rm -rf "$WORK" "$OUT/$APP_NAME" "$OUT"/*.deb
mkdir -p "$WORK"

# ---------------------------------------------------------------- JavaFX jars
step "locating the JavaFX jars Maven resolved for this platform"
T=$(date +%s)
mvnq org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath \
  -DincludeGroupIds=org.openjfx -DincludeScope=runtime -Dmdep.outputFile="$ROOT/$WORK/openjfx.classpath" \
  || die "mvn dependency:build-classpath failed"
# The platform jars carry a classifier (javafx-graphics-21.0.11-linux.jar); the jars without one are empty.
mapfile -t FX_JARS < <(tr "$PATHSEP" '\n' < "$WORK/openjfx.classpath" \
  | grep -E '/javafx-[a-z]+-[^/]+-(linux|linux-aarch64|win|mac|mac-aarch64)\.jar$' | sort)
(( ${#FX_JARS[@]} > 0 )) || die "no platform-specific org.openjfx jars on the runtime class path"
printf '  %s\n' "${FX_JARS[@]}"
FX_MODULE_PATH=$(IFS=$PATHSEP; echo "${FX_JARS[*]}")

# ---------------------------------------------------------------- JavaFX jmods
step "turning the JavaFX jars into jmods (natives into the lib section)"
FX_MODULES=()
mkdir -p "$WORK/jmods"
for fxjar in "${FX_JARS[@]}"; do
  descr=$("$JAVA_HOME/bin/jar" --describe-module --file "$fxjar" | sed -n 1p)   # javafx.graphics@21.0.11 jar:...
  module=${descr%%@*}; module=${module%% *}
  modver=$(sed -n 's/^[^@]*@\([^ ]*\).*/\1/p' <<<"$descr")
  [[ $module == javafx.* ]] || die "$fxjar is not a JavaFX module jar ($descr)"
  FX_MODULES+=("$module")
  dir=$WORK/fx/$module
  mkdir -p "$dir/classes" "$dir/lib"
  (cd "$dir/classes" && "$JAVA_HOME/bin/jar" xf "$fxjar")
  rm -rf "$dir/classes/META-INF/MANIFEST.MF" "$dir/classes/javafx-swt.jar"   # SWT interop is not used
  for lib in "$dir/classes"/*.so "$dir/classes"/*.dll "$dir/classes"/*.dylib; do
    if [[ -f $lib ]]; then mv "$lib" "$dir/lib/"; fi
  done
  libs=()
  [[ -n "$(ls -A "$dir/lib")" ]] && libs=(--libs "$dir/lib")
  "$JAVA_HOME/bin/jmod" create --class-path "$dir/classes" "${libs[@]}" \
    ${modver:+--module-version "$modver"} --target-platform "$PLATFORM" "$WORK/jmods/$module.jmod"
  echo "  $module${modver:+ $modver}: $(ls "$dir/lib" | wc -l) native libraries"
done

# ---------------------------------------------------------------- app jar without JavaFX
step "copying shield.jar without the JavaFX classes (they live in the runtime)"
mkdir -p "$WORK/input"
tool strip-jar "$JAR" "$WORK/input/shield.jar" "${FX_JARS[@]}"

# ---------------------------------------------------------------- modules
step "working out the modules for the runtime (jdeps)"
T=$(date +%s)
# jdeps with the serial collector: over the 100 MB jar it took 38-42 s against 71-83 s with the default G1 (same
# output; docs/BENCHMARKS.md, "Test suite", 2026-12-07).
JDEPS=("$JAVA_HOME/bin/jdeps" -J-XX:+UseSerialGC)
if ! JDEPS_MODULES=$("${JDEPS[@]}" --ignore-missing-deps --print-module-deps --multi-release "$JAVA_FEATURE" \
      --module-path "$FX_MODULE_PATH" "$WORK/input/shield.jar" 2>"$WORK/jdeps.err"); then
  cat "$WORK/jdeps.err" >&2
  die "jdeps failed (see above)"
fi
# Reached only by reflection, service loading or locale/charset lookup, so jdeps cannot see them:
#   jdk.localedata  Thai (and every non-English) locale data: th_TH formats, Buddhist calendar names
#   jdk.charsets    TIS-620 and other non-standard charsets for imports and exports
#   jdk.crypto.ec   EC algorithms for TLS (sync with HQ later) and signatures
#   jdk.zipfs       zip file system (backups, classpath scanning)
#   jdk.management  com.sun.management MXBeans (pool, diagnostics)
EXTRA_MODULES=jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs,jdk.management
ALL_FX=$(IFS=,; echo "${FX_MODULES[*]}")
MODULES=$(tr ',' '\n' <<<"$JDEPS_MODULES,$EXTRA_MODULES,$ALL_FX" | grep -v '^$' | sort -u | paste -sd,)
echo "  jdeps:  $JDEPS_MODULES"
echo "  linked: $MODULES"

# JavaFX packages that libraries on the class path (ControlsFX) use but JavaFX does not export.
# With JavaFX on the class path (java -jar) everything is accessible; with JavaFX as named modules
# these need --add-exports. The jdeps scan finds the compile-time uses; the two --add-opens are the
# reflective accesses ControlsFX documents.
FX_INTERNALS=$("${JDEPS[@]}" --ignore-missing-deps --multi-release "$JAVA_FEATURE" --module-path "$FX_MODULE_PATH" \
    -verbose:package -e '^(com\.sun\.(javafx|glass|prism|scenario|marlin|openpisces|pisces)|javafx)\..*' \
    "$WORK/input/shield.jar" 2>/dev/null \
  | awk '$NF == "(internal)" && $(NF-1) ~ /^javafx\./ { print $(NF-1) "/" $3 }' | sort -u)
JAVA_OPTIONS=()
for mp in $FX_INTERNALS javafx.base/com.sun.javafx.event javafx.base/com.sun.javafx.collections \
          javafx.controls/com.sun.javafx.scene.control javafx.controls/com.sun.javafx.scene.control.behavior; do
  JAVA_OPTIONS+=("--add-exports=$mp=ALL-UNNAMED")
done
JAVA_OPTIONS+=("--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
               "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED")
mapfile -t JAVA_OPTIONS < <(printf '%s\n' "${JAVA_OPTIONS[@]}" | sort -u)
printf '  %s\n' "${JAVA_OPTIONS[@]}"
echo "  ($(elapsed "$T"))"

# ---------------------------------------------------------------- jlink
step "jlink: runtime with the JavaFX modules"
T=$(date +%s)
"$JAVA_HOME/bin/jlink" \
  --module-path "$WORK/jmods$PATHSEP$JAVA_HOME/jmods" \
  --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=2 \
  --output "$WORK/runtime"
echo "  runtime: $(du -sh "$WORK/runtime" | cut -f1) ($(elapsed "$T"))"

# ---------------------------------------------------------------- app image
step "jpackage: app image"
T=$(date +%s)
JP_OPTS=()
for o in "${JAVA_OPTIONS[@]}"; do JP_OPTS+=(--java-options "$o"); done
"$JAVA_HOME/bin/jpackage" --type app-image \
  --name "$APP_NAME" --app-version "$APP_VERSION" \
  --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
  "${ICON_OPT[@]}" \
  --input "$WORK/input" --main-jar shield.jar --main-class "$MAIN_CLASS" \
  --runtime-image "$WORK/runtime" \
  "${JP_OPTS[@]}" \
  --dest "$OUT"
echo "  $OUT/$APP_NAME: $(du -sh "$OUT/$APP_NAME" | cut -f1) ($(elapsed "$T"))"

# ---------------------------------------------------------------- deb
if [[ $BUILD_DEB == true ]]; then
  step "jpackage: .deb"
  T=$(date +%s)
  for cmd in dpkg-deb fakeroot objcopy; do
    command -v "$cmd" >/dev/null || die "$cmd not found: jpackage needs it for a .deb (apt-get install dpkg fakeroot binutils)"
  done
  # dpkg-deb compresses with xz by default: ~90 s here for a few % of size (the jars and the jlinked
  # modules file are compressed already). gzip takes ~8 s and every dpkg reads it.
  export DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip}
  LICENSE_OPT=()
  [[ -f LICENSE ]] && LICENSE_OPT=(--license-file LICENSE)
  "$JAVA_HOME/bin/jpackage" --type deb \
    --app-image "$OUT/$APP_NAME" \
    --name "$APP_NAME" --app-version "$APP_VERSION" \
    --vendor "$VENDOR" --description "$DESCRIPTION" --copyright "$COPYRIGHT" \
    "${ICON_OPT[@]}" "${LICENSE_OPT[@]}" \
    --resource-dir installer/linux \
    --linux-shortcut --linux-menu-group Office --linux-app-category utils \
    --linux-package-deps libgtk-3-0 \
    --linux-deb-maintainer "$MAINTAINER" \
    --dest "$OUT"
  DEB=$(ls "$OUT"/"$APP_NAME"_*.deb)
  echo "  $DEB: $(du -h "$DEB" | cut -f1), $DPKG_DEB_COMPRESSOR_TYPE ($(elapsed "$T"))"
fi

rm -rf "$WORK/fx"
step "done in $(elapsed "$T0")"
ls -l "$OUT"
