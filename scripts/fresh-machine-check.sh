#!/usr/bin/env bash
# fresh-machine-check.sh [--in-place] [--keep] CHROOT [REF [-- COMMAND...]]
# The README's two commands on a fresh Debian bookworm: the committed state of
# REF (default HEAD) is cloned into a bare chroot, and there, as root with a
# clean environment and no display, ./run.sh (its headless path) and then
# ./test.sh run, each timed. Exits non-zero when either fails. Not run by CI:
# it takes both full builds (release and asan).
#
# CHROOT is a pristine minbase bookworm, made once (as root, outside any git
# tree, with the Debian mirror of /etc/apt/sources.list.d/ or sources.list):
#   apt-get install -y debootstrap
#   debootstrap --variant=minbase bookworm /path/to/chroot MIRROR_URL
# It is left pristine: the check runs in a copy of it (CHROOT-run.XXXXXX next
# to it, removed at the end unless --keep). --in-place runs in CHROOT itself
# (it is then no longer fresh for the next check).
#
# With "-- COMMAND..." it runs that in the checkout instead of the two
# commands, e.g. to try scripts/install-deps.sh and the configure steps alone:
#   scripts/fresh-machine-check.sh /path/to/chroot HEAD -- \
#       bash -c 'scripts/install-deps.sh && cmake --preset asan'
#
# /proc, /sys, /dev, /dev/pts and /dev/shm are bind-mounted into the chroot
# and /etc/resolv.conf copied (apt-get needs names); everything mounted is
# unmounted on exit, and processes still running in the chroot are ended.
set -euo pipefail

usage() { sed -n '2p' "$0" | sed 's/^# /usage: /' >&2; exit 2; }
in_place=0 keep=0
while [ $# -gt 0 ]; do
    case $1 in
        --in-place) in_place=1; shift ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        -*) usage ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] || usage
pristine=$(realpath -- "$1") ref=${2:-HEAD}
shift $(( $# >= 2 ? 2 : 1 ))
command=()
if [ $# -gt 0 ]; then
    [ "$1" = -- ] && [ $# -ge 2 ] || usage
    shift
    command=("$@")
fi

say() { echo "fresh-machine-check: $*" >&2; }
die() { say "$*"; exit 1; }
[ "$(id -u)" -eq 0 ] || die "needs root (mount, chroot)"
[ "$pristine" != / ] || die "CHROOT is /"
[ -x "$pristine/bin/bash" ] && [ -f "$pristine/etc/debian_version" ] \
    || die "$pristine is not a Debian root (debootstrap --variant=minbase bookworm $1 MIRROR_URL)"
for tool in git chroot mount umount mountpoint findmnt; do
    command -v "$tool" >/dev/null || die "$tool is missing on this machine"
done
repo=$(git -C "$(dirname "$(realpath "$0")")" rev-parse --show-toplevel)
commit=$(git -C "$repo" rev-parse --verify --quiet "$ref^{commit}") || die "no commit $ref in $repo"

root=$pristine scratch=""
mounted=()
cleanup() {
    local status=$? i proc ended=0
    trap - EXIT INT TERM
    # Whatever still runs in the chroot (a daemon the tests started) would
    # keep its mounts busy: end those processes, by their id.
    for proc in /proc/[0-9]*; do
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$root" ]; then
            kill "${proc#/proc/}" 2>/dev/null && ended=$((ended + 1))
        fi
    done
    if [ "$ended" -gt 0 ]; then say "ended $ended process(es) left running in the chroot"; sleep 2; fi
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" \
            || say "could not unmount ${mounted[$i]}"
    done
    if [ -n "$scratch" ]; then
        if findmnt -rn -o TARGET | grep -qF "$scratch"; then
            say "something is still mounted under $scratch: left in place, not removed"
        elif [ "$keep" = 1 ]; then
            say "kept the chroot this check ran in: $root"
        else
            rm -rf --one-file-system -- "$scratch"
        fi
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$in_place" = 0 ]; then
    scratch=$(mktemp -d "${pristine%/}-run.XXXXXX")
    root=$scratch/root
    say "copying $pristine to $root (the pristine chroot stays as it is)"
    cp -a --reflink=auto -- "$pristine" "$root"
fi

for fs in proc sys dev dev/pts dev/shm; do
    mkdir -p "$root/$fs"
    if mountpoint -q "$root/$fs"; then
        say "$root/$fs is already mounted: used as it is, not unmounted"
        continue
    fi
    mount --bind "/$fs" "$root/$fs"
    mounted+=("$root/$fs")
done
cp --remove-destination /etc/resolv.conf "$root/etc/resolv.conf"

# The committed state of REF only, nothing of the working tree.
checkout=$root/root/holdline
rm -rf --one-file-system -- "$checkout"
git clone -q --no-checkout "$repo" "$checkout"
git -C "$repo" push -q --force "$checkout" "$commit:refs/heads/fresh-machine-check"
git -C "$checkout" checkout -q fresh-machine-check
say "$ref ($(git -C "$checkout" log -1 --format='%h %s' | cut -c1-70)) in $checkout"

# A clean login-like environment: no DISPLAY, WAYLAND_DISPLAY or D-Bus session
# from here, so run.sh takes its headless path.
in_chroot() {
    chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        LANG=C.UTF-8 TERM="${TERM:-dumb}" \
        /bin/bash -c 'cd /root/holdline && exec "$@"' bash "$@"
}
# In the background and waited for, so that a signal to this script is acted
# on at once (cleanup then ends what runs in the chroot); stdin stays ours.
run_in_chroot() {
    in_chroot "$@" <&0 &
    wait $!
}

if [ ${#command[@]} -gt 0 ]; then
    run_in_chroot "${command[@]}"
    exit
fi

minutes() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
start=$(date +%s)
run_status=0
run_in_chroot ./run.sh || run_status=$?
run_seconds=$(($(date +%s) - start))
say "./run.sh exited $run_status after $(minutes $run_seconds)"

start=$(date +%s)
test_status=0
run_in_chroot ./test.sh || test_status=$?
test_seconds=$(($(date +%s) - start))
say "./test.sh exited $test_status after $(minutes $test_seconds)"

echo
echo "fresh bookworm ($(cat "$root/etc/debian_version")), $ref = $(git -C "$repo" rev-parse --short "$commit"):"
echo "  ./run.sh   exit $run_status, $(minutes $run_seconds) ($run_seconds s)"
echo "  ./test.sh  exit $test_status, $(minutes $test_seconds) ($test_seconds s)"
[ "$run_status" = 0 ] && [ "$test_status" = 0 ]
