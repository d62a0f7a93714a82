#!/usr/bin/env bash
# check-package.sh BUILD_DIR SOURCE_DIR VERSION
# Builds the Debian package from an already built tree, unpacks it into a
# temporary root and checks it as a user would meet it: the control fields,
# the file layout, the installed binaries running from there (the CLI on the
# sandbox tenant, so that the system's Qt SQLite plugin is exercised), and the
# desktop entry and AppStream metadata through their validators.
# Exit 77 (skipped) when the packaging tools are missing
# (HOLDLINE_WITH_PACKAGING=1 scripts/install-deps.sh installs them).
set -euo pipefail

build=$1 source=$2 version=$3
app_id=io.github.holdline.Holdline

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli file systemd-analyze; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (HOLDLINE_WITH_PACKAGING=1 scripts/install-deps.sh)"
        exit 77
    fi
done

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "--- $*"; }

work=$(mktemp -d -t holdline-package.XXXXXX)
trap 'rm -rf "$work"' EXIT

# CPack installs the tree as built (its "preinstall" step finds it up to
# date) into its own staging directory under $work; in the build tree it only
# leaves install_manifest.txt.
step "cpack -G DEB"
(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb, got: ${debs[*]}"
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "holdline_${version}-1_${arch}.deb" ] || fail "unexpected file name $(basename "$deb")"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = holdline ] || fail "Package is $(field Package)"
[ "$(field Version)" = "${version}-1" ] || fail "Version is $(field Version), expected ${version}-1"
[ "$(field Section)" = net ] || fail "Section is $(field Section)"
[ "$(field Priority)" = optional ] || fail "Priority is $(field Priority)"
[[ "$(field Maintainer)" =~ ^.+\ \<[^@]+@[^@]+\>$ ]] || fail "Maintainer is not 'Name <address>': $(field Maintainer)"
[ -n "$(field Homepage)" ] || fail "no Homepage"
description=$(field Description)
[ "$(wc -l <<<"$description")" -ge 5 ] || fail "the Description has no long part: $description"
depends=$(field Depends)
echo "Depends: $depends"
# The package names alone, one a line (no versions, no alternatives).
depend_names=$(sed 's/ ([^)]*)//g; s/, */\n/g; s/ *|[^\n]*//g' <<<"$depends")
# From dpkg-shlibdeps (the linked libraries), and the run-time plugins stated by hand.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
               libqt6charts6 libqt6httpserver6 libqt6keychain1 libqt6sql6-sqlite libqt6sql6-psql libsecret-1-0 ca-certificates; do
    grep -qxF "$package" <<<"$depend_names" || fail "Depends lacks $package"
done
# A dependency on a -dev package would mean the wrong library was found.
! grep -q -- '-dev$' <<<"$depend_names" || fail "Depends names a -dev package"
[[ "$(field Recommends)" == *gnome-keyring* ]] || fail "Recommends lacks a Secret Service provider"

step "layout"
dpkg-deb -x "$deb" "$work/root"
root=$work/root
share=$root/usr/share
expected=(
    usr/bin/holdline usr/bin/holdline-cli usr/bin/holdline-sandbox
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/doc/holdline/copyright
    usr/lib/systemd/system/holdline-watch.service
    etc/holdline/watch.conf
)
for size in 16 22 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for pack in "$source"/resources/policies/*.json; do
    expected+=("usr/share/holdline/policies/$(basename "$pack")")
done
# Translations, once the build makes any: every .qm it built is installed.
while IFS= read -r qm; do
    expected+=("usr/share/holdline/translations/$(basename "$qm")")
done < <(find "$build" -name '*.qm' -not -path '*/_CPack_Packages/*' -not -path '*/CMakeFiles/*')
for path in "${expected[@]}"; do
    [ -f "$root/$path" ] || fail "missing /$path"
done
# Nothing outside /usr but the service's configuration, and no build-tree leftovers.
[ "$(ls "$root" | tr '\n' ' ')" = "etc usr " ] || fail "files outside /usr and /etc: $(ls "$root")"
[ "$(ls "$root/etc")" = holdline ] || fail "unexpected in /etc: $(ls "$root/etc")"
dpkg-deb -I "$deb" conffiles | grep -qx /etc/holdline/watch.conf || fail "watch.conf is not a conffile"
for size in 16 22 24 32 48 64 128 256; do
    file -b "$share/icons/hicolor/${size}x${size}/apps/$app_id.png" | grep -q "PNG image data, $size x $size" \
        || fail "the ${size}x${size} icon is not a ${size}x${size} PNG"
done
for binary in holdline holdline-cli holdline-sandbox; do
    file -b "$root/usr/bin/$binary" | grep -q ', stripped' || fail "$binary is not stripped"
done

step "application id"
desktop=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
grep -qx "Exec=holdline" "$desktop" || fail "the desktop entry does not start holdline"
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "the metainfo's newest release is $newest, the project is $version"

step "validators"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"

step "the service"
# systemd-analyze checks the unit as systemd would load it, against the
# unpacked root (its ExecStart binary, its EnvironmentFile); the system's own
# units supply the targets it depends on.
cp -an /usr/lib/systemd/system/. "$root/usr/lib/systemd/system/" 2>/dev/null || true
unit=$root/usr/lib/systemd/system/holdline-watch.service
verify=$(systemd-analyze verify --root="$root" "$unit" 2>&1) || fail "systemd-analyze verify: $verify"
[ -z "$verify" ] || fail "systemd-analyze verify warns: $verify"
for option in DynamicUser=yes ProtectSystem=strict ProtectHome=yes NoNewPrivileges=yes PrivateTmp=yes \
              'LoadCredential=cxone-client-secret:' 'watch --all'; do
    grep -qF -- "$option" "$unit" || fail "the unit lacks $option"
done
! grep -qi 'secret=' "$root/etc/holdline/watch.conf" || fail "watch.conf holds a secret"
exposure=$(systemd-analyze security --offline=yes --root="$root" "$unit" 2>/dev/null | grep -o 'exposure level for [^:]*: [0-9.]*' || true)
echo "systemd-analyze security: $exposure"

step "the installed binaries"
# Run from the unpacked root: everything but Qt and the system is linked in
# statically, so no LD_LIBRARY_PATH; Qt's plugins come from the system.
out=$("$root/usr/bin/holdline-cli" --version) || fail "holdline-cli --version"
[[ "$out" == *"$version"* ]] || fail "holdline-cli --version says: $out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/holdline" --version) || fail "holdline --version"
[[ "$out" == *"$version"* ]] || fail "holdline --version says: $out"
out=$("$root/usr/bin/holdline-sandbox" --version) || fail "holdline-sandbox --version"
[[ "$out" == *"$version"* ]] || fail "holdline-sandbox --version says: $out"
# A real command: an in-process sandbox tenant over loopback, and the history
# database through the system's SQLite driver plugin.
out=$("$root/usr/bin/holdline-cli" --sandbox --history-db "$work/history.sqlite" --json queues) \
    || fail "holdline-cli --sandbox queues"
grep -q '"queues"' <<<"$out" || fail "holdline-cli --sandbox queues printed: $out"
[ -s "$work/history.sqlite" ] || fail "holdline-cli wrote no history database"

echo "PASS: $(basename "$deb") ($(du -h "$deb" | cut -f1))"
