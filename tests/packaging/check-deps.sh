#!/usr/bin/env bash
# check-deps.sh BUILD_DIR SOURCE_DIR
# Fails when scripts/install-deps.sh stops naming everything a fresh Debian
# machine needs. For every file this configured and built tree depends on
#   - the CMake package configs it was configured with (the <Name>_DIR:PATH
#     entries of CMakeCache.txt that are real directories: their
#     <Name>Config.cmake, or the directory itself when it holds none), and
#   - every shared library and Qt plugin the built binaries load at run time
#     (holdline-cli on the sandbox tenant with a history database, holdline
#     --version offscreen; seen through the dynamic loader's LD_DEBUG=libs and
#     Qt's qt.core.library debug output; and, used only on demand,
#     libsecret, which QtKeychain loads on a keychain access, and the CA
#     certificates that https tenants are verified against),
# it finds the Debian package that owns the file (dpkg -S) and checks that the
# package is in the closure of install-deps.sh: the packages it installs (with
# HOLDLINE_WITH_PACKAGING=1, read with --list) plus, recursively, their hard
# Depends and Pre-Depends (not Recommends or Suggests, which install-deps.sh's
# --no-install-recommends leaves out). In an "a | b" dependency any installed
# alternative counts; a virtual package counts through its installed providers.
# Only bash and dpkg: a fresh machine has no python.
# Exit 77 (skipped) when dpkg is missing (not a Debian system).
set -uo pipefail

build=${1:?usage: check-deps.sh BUILD_DIR SOURCE_DIR}
source=${2:?usage: check-deps.sh BUILD_DIR SOURCE_DIR}
build=$(realpath "$build") source=$(realpath "$source")

for tool in dpkg dpkg-query; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing (not a Debian system)"
        exit 77
    fi
done

fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d -t holdline-deps.XXXXXX)
trap 'rm -rf "$work"' EXIT

# --- The closure of install-deps.sh -------------------------------------------
list=$(HOLDLINE_WITH_PACKAGING=1 "$source/scripts/install-deps.sh" --list) \
    || fail "scripts/install-deps.sh --list failed"
mapfile -t listed <<<"$list"
[ -n "${listed[0]:-}" ] || fail "scripts/install-deps.sh --list printed no package"

# Every installed package once: name, status, Provides, Depends + Pre-Depends,
# with versions and architecture qualifiers removed and no spaces left, so a
# dependency field reads "a,b|c,d". \x1f separates the fields (a tab would
# collapse empty fields in read).
sep=$'\x1f'
declare -A installed=() depends=() providers=()
while IFS=$sep read -r package status provides deps predeps; do
    [ "${status:1:1}" = i ] || continue            # ii, hi: installed
    installed[$package]=1
    depends[$package]+=",$deps,$predeps"
    IFS=, read -ra virtuals <<<"$provides"
    for virtual in "${virtuals[@]}"; do
        [ -n "$virtual" ] && providers[$virtual]+=" $package"
    done
done < <(dpkg-query -W -f="\${Package}$sep\${db:Status-Abbrev}$sep\${Provides}$sep\${Depends}$sep\${Pre-Depends}\n" \
             | sed -E 's/ *\([^)]*\)//g; s/:[a-z0-9-]+//g; s/ //g')

declare -A closure=()
queue=("${listed[@]}")
not_installed=()
while [ ${#queue[@]} -gt 0 ]; do
    package=${queue[-1]}
    unset 'queue[-1]'
    if [ -z "$package" ] || [ -n "${closure[$package]:-}" ]; then continue; fi
    closure[$package]=1
    if [ -z "${installed[$package]:-}" ]; then
        # A virtual package stands for its installed providers.
        if [ -n "${providers[$package]:-}" ]; then
            read -ra more <<<"${providers[$package]}"; queue+=("${more[@]}")
        else
            not_installed+=("$package")
        fi
        continue
    fi
    IFS=, read -ra groups <<<"${depends[$package]}"
    for group in "${groups[@]}"; do
        IFS='|' read -ra alternatives <<<"$group"
        for alternative in "${alternatives[@]}"; do
            [ -n "$alternative" ] || continue
            [ -n "${installed[$alternative]:-}" ] && queue+=("$alternative")
            if [ -n "${providers[$alternative]:-}" ]; then
                read -ra more <<<"${providers[$alternative]}"; queue+=("${more[@]}")
            fi
        done
    done
done
for package in "${not_installed[@]}"; do
    # Its own dependencies are unknown here; whatever it alone would bring in
    # shows up below as not covered.
    [[ " ${listed[*]} " == *" $package "* ]] \
        && echo "warning: $package is in install-deps.sh's list but not installed here (HOLDLINE_WITH_PACKAGING=1 scripts/install-deps.sh)"
done

# --- The files the build depends on ----------------------------------------------
# paths[file]=why, in first-seen order in order[].
declare -A paths=()
order=()
add() {
    local file=$1 why=$2
    case $file in "$build"/*|"$source"/*|'') return ;; esac
    [ -e "$file" ] || return
    [ -n "${paths[$file]:-}" ] && return
    paths[$file]=$why
    order+=("$file")
}

cache=$build/CMakeCache.txt
[ -f "$cache" ] || fail "no $cache: configure the tree first"
configs=0
while IFS= read -r entry; do
    name=${entry%%_DIR:*} dir=${entry#*=}
    [ -d "$dir" ] || continue
    case $dir in "$build"|"$build"/*|"$source"|"$source"/*) continue ;; esac
    base=$(basename "$dir")
    file=$dir
    for candidate in "$dir/${name}Config.cmake" "$dir/${name,,}-config.cmake" \
                     "$dir/${base}Config.cmake" "$dir/${base,,}-config.cmake"; do
        if [ -f "$candidate" ]; then file=$candidate; break; fi
    done
    before=${#order[@]}
    add "$file" "CMake package config (${name}_DIR)"
    [ ${#order[@]} -gt "$before" ] && configs=$((configs + 1))
done < <(grep -E '^[A-Za-z0-9_.+-]+_DIR:PATH=' "$cache")
[ "$configs" -gt 0 ] || fail "no CMake package config found in $cache"

# Run a built binary and record every file it loaded: the dynamic loader's
# "calling init: <path>" lines (linked libraries and dlopen()ed ones, with full
# paths) and Qt's "<path> loaded library" lines for its plugins.
loaded() {
    local label=$1; shift
    local log=$work/ld-${label%% *}
    rm -f "$log".*
    # Without LD_PRELOAD: what a test harness preloads (libfaketime, when the
    # suite runs at a faked hour) is not something Holdline needs.
    env -u LD_PRELOAD QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="${QT_LOGGING_RULES:+$QT_LOGGING_RULES;}qt.core.library.debug=true" \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
        LD_DEBUG=libs LD_DEBUG_OUTPUT="$log" "$@" >"$work/out" 2>"$work/err" \
        || { cat "$work/out" "$work/err" >&2; fail "$label failed"; }
    local files
    files=$( { sed -n 's/^ *[0-9]*:[[:space:]]*calling init: //p' "$log".* 2>/dev/null
               sed -n 's/^qt\.core\.library: "\(\/[^"]*\)" loaded library$/\1/p' "$work/err"; } | sort -u)
    [ -n "$files" ] || fail "$label: no loaded library seen (LD_DEBUG and qt.core.library gave nothing)"
    while IFS= read -r file; do
        add "$file" "loaded by $label"
    done <<<"$files"
    all_loaded+="$files"$'\n'
}
all_loaded="" ondemand_missing=0
app=$build/app
{ [ -x "$app/holdline-cli" ] && [ -x "$app/holdline" ]; } || fail "$app/holdline-cli or $app/holdline is not built"
before=${#order[@]}
loaded "holdline-cli --sandbox queues" \
    "$app/holdline-cli" --sandbox --sandbox-queues 2 --history-db "$work/history.sqlite" --json queues
grep -q '"queues"' "$work/out" || fail "holdline-cli --sandbox queues printed: $(cat "$work/out")"
loaded "holdline --version" "$app/holdline" --version
# Loaded on demand only, so neither run above sees it: libsecret, which
# QtKeychain dlopen()s ("secret-1") on the first keychain access (see the
# package's Depends in packaging/CMakeLists.txt). Found as the loader would.
soname=libsecret-1.so.0
file=$(/sbin/ldconfig -p | sed -n "s/^[[:space:]]*$soname (.*) => //p" | head -n 1)
if [ -n "$file" ]; then
    add "$file" "dlopen()ed on demand by QtKeychain"
else
    echo "MISSING: $soname (dlopen()ed on demand by QtKeychain) is not installed at all"
    ondemand_missing=1
fi
# Read only when talking to a real tenant (https only; the sandbox is plain
# http on loopback): the CA certificates the TLS backend verifies it against.
# /etc/ssl/certs is generated from them; a minbase bookworm has neither.
ca_store=/usr/share/ca-certificates
if [ -d "$ca_store" ]; then
    add "$ca_store" "the CA certificates https tenants are verified against"
else
    echo "MISSING: $ca_store (the CA certificates https tenants are verified against) is not installed at all"
    ondemand_missing=1
fi
runtime=$((${#order[@]} - before))
# If these are not seen, the observation itself broke (output formats changed):
# a silent pass would prove nothing.
for file in libQt6Core.so.6 plugins/sqldrivers/libqsqlite.so plugins/platforms/libqoffscreen.so; do
    grep -q "/$file\$" <<<"$all_loaded" || fail "$file was not seen loading"
done

# --- Owners ------------------------------------------------------------------------
# A path is looked up as it is and resolved (symlinks; realpath), each with
# /usr added or removed (merged /usr: dpkg knows the path the package ships,
# /lib/... or /usr/lib/...). An owner of either in the closure covers it: a
# loaded libssl.so (the unversioned symlink, from libssl-dev when that happens
# to be installed) resolves to libssl.so.3, which Qt's TLS plugin loads
# instead when libssl-dev is absent. Such cases are printed as notes.
merged() {
    printf '%s\n' "$1"
    case $1 in
        /usr/lib/*|/usr/lib64/*|/usr/bin/*|/usr/sbin/*) printf '%s\n' "${1#/usr}" ;;
        /lib/*|/lib64/*|/bin/*|/sbin/*) printf '%s\n' "/usr$1" ;;
    esac
}
mapfile -t resolved < <(realpath -m -- "${order[@]}")
declare -A as_is=() target=()     # file -> variants to look up, one a line
for i in "${!order[@]}"; do
    file=${order[$i]}
    as_is[$file]=$(merged "$file")
    target[$file]=$(merged "${resolved[$i]}")
done
declare -A owners=()              # variant -> owning packages (no architecture)
while IFS= read -r line; do
    case $line in "diversion by "*|"") continue ;; esac
    path="/${line#*: /}" who=${line%%: /*}
    owners[$path]+=" ${who//,/ }"
done < <(printf '%s\n' "${as_is[@]}" "${target[@]}" | sort -u | xargs -d '\n' dpkg -S 2>/dev/null \
             | sed -E 's/:[a-z0-9-]+(, |: \/)/\1/g')

# owners_of VARIANTS: sets found (the packages owning any of them, space
# separated) and in_closure (the first of those in the closure, or empty).
owners_of() {
    local variant package
    declare -A seen=()
    found="" in_closure=""
    while IFS= read -r variant; do
        [ -n "$variant" ] || continue
        for package in ${owners[$variant]:-}; do
            [ -n "${seen[$package]:-}" ] && continue
            seen[$package]=1
            found+="${found:+, }$package"
            [ -z "$in_closure" ] && [ -n "${closure[$package]:-}" ] && in_closure=$package
        done
    done <<<"$1"
}

missing=${ondemand_missing:-0}
for i in "${!order[@]}"; do
    file=${order[$i]}
    owners_of "${as_is[$file]}"
    [ -n "$in_closure" ] && continue
    own=$found
    owners_of "${target[$file]}"
    if [ -n "$in_closure" ]; then
        echo "note: $file (${paths[$file]}) is owned by ${own:-no package}; covered by $in_closure, which owns the file it resolves to, ${resolved[$i]}"
        continue
    fi
    owners_of "${as_is[$file]}"$'\n'"${target[$file]}"   # all of them, for the message
    if [ -z "$found" ]; then
        echo "MISSING: $file (${paths[$file]}) is not owned by any Debian package, so no package install brings it"
    else
        echo "MISSING: $file (${paths[$file]}) is owned by $found, which install-deps.sh neither installs nor pulls in as a hard dependency"
    fi
    missing=$((missing + 1))
done

summary="${#order[@]} paths checked ($configs CMake package configs, $runtime libraries, plugins and data used at run time) against ${#closure[@]} packages (install-deps.sh's ${#listed[@]} and their hard dependencies)"
if [ "$missing" -gt 0 ]; then
    echo "FAIL: $missing of $summary are not covered" >&2
    exit 1
fi
echo "PASS: $summary"
