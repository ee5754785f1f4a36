#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Webhook Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the .deb into a clean Debian 12 root, as a user's `apt install ./webhook-console.deb`
# would, and starts the installed program there. Fails when apt cannot resolve the package's
# dependencies, or when the installed program does not start: `--version`, then the window
# (offscreen) on the built-in sandbox until it has loaded the sandbox's webhooks over HTTP, which
# needs the platform plugin, the event loop, the network stack and the models.
#
# The root comes from debootstrap (minbase) once and is kept as a tarball in a fixed place outside
# the clone (WC_DEBIAN_ROOT_CACHE, default /var/cache/webhook-console), with the .debs apt
# downloaded; apt uses only the Debian mirror this machine's own sources name.
# Needs root (debootstrap, chroot, mount): exits 77 (skipped) otherwise.
# Usage: test_deb_in_clean_debian.sh PACKAGE.deb|PACKAGE-DIRECTORY VERSION
set -euo pipefail
version=$2
deb=$1
if [[ -d "$deb" ]]; then # the one webhook-console_VERSION_ARCH.deb that cpack made there
    deb=$(find "$deb" -maxdepth 1 -name "webhook-console_${version}_*.deb" | head -n 1)
fi
deb=$(realpath "${deb:-missing.deb}")
cache_dir=${WC_DEBIAN_ROOT_CACHE:-/var/cache/webhook-console}
root_tar="$cache_dir/bookworm-root.tar"
archives="$cache_dir/bookworm-apt-archives"

if [[ $(id -u) -ne 0 ]]; then
    echo "SKIPPED: installing into a chroot needs root (CI runs this test as root)."
    exit 77
fi
for tool in debootstrap chroot mount tar; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed"; exit 1; }
done
[[ -f "$deb" ]] || { echo "FAIL: no package at $deb"; exit 1; }

# The Debian entries of this machine's apt sources (deb822 or one-line), nothing else.
debian_sources() {
    local file
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f "$file" ]] && awk 'BEGIN{RS=""; ORS="\n\n"} /URIs:[^\n]*debian/' "$file"
    done
    if [[ -f /etc/apt/sources.list ]]; then
        grep -E '^deb[[:space:]]+[^[:space:]]*debian' /etc/apt/sources.list || true
    fi
}
mirror=$(debian_sources | awk '/^URIs:/ && $2 !~ /security/ {print $2; exit} /^deb / && $2 !~ /security/ {print $2; exit}' || true)
[[ -n "$mirror" ]] || { echo "FAIL: no Debian mirror in /etc/apt/sources.list*"; exit 1; }

mkdir -p "$cache_dir" "$archives"
exec 9>"$cache_dir/lock"
flock 9 # one run at a time: they share the cache

if [[ ! -f "$root_tar" ]]; then
    echo "Making the Debian 12 root once (debootstrap from $mirror); later runs reuse $root_tar"
    started=$SECONDS
    build=$(mktemp -d /var/tmp/wc-bookworm-root.XXXXXX)
    trap 'rm -rf "$build"' EXIT
    debootstrap --variant=minbase bookworm "$build" "$mirror" >"$cache_dir/debootstrap.log" 2>&1 \
        || { tail -20 "$cache_dir/debootstrap.log"; echo "FAIL: debootstrap"; exit 1; }
    rm -f "$build/etc/apt/sources.list"
    debian_sources >"$build/etc/apt/sources.list.d/debian.sources.tmp"
    if grep -q '^URIs:' "$build/etc/apt/sources.list.d/debian.sources.tmp"; then
        mv "$build/etc/apt/sources.list.d/debian.sources.tmp" "$build/etc/apt/sources.list.d/debian.sources"
    else
        mv "$build/etc/apt/sources.list.d/debian.sources.tmp" "$build/etc/apt/sources.list"
    fi
    rm -rf "$build/var/cache/apt/archives/"*.deb "$build/var/lib/apt/lists/"*_Packages* || true
    tar -C "$build" -cf "$root_tar.tmp" . && mv "$root_tar.tmp" "$root_tar"
    rm -rf "$build"
    trap - EXIT
    echo "Root made in $((SECONDS - started)) s"
fi

root=$(mktemp -d /var/tmp/wc-deb-test.XXXXXX)
mounted=()
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
    rm -rf "$root"
}
trap cleanup EXIT
started=$SECONDS
tar -C "$root" -xf "$root_tar"
for dir in proc dev; do mkdir -p "$root/$dir"; done
mount -t proc proc "$root/proc" && mounted+=("$root/proc")
mount --bind /dev "$root/dev" && mounted+=("$root/dev")
mount --bind "$archives" "$root/var/cache/apt/archives" && mounted+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@" 9>&-; }

in_root apt-get update -q >"$root/apt-update.log" 2>&1 \
    || { cat "$root/apt-update.log"; echo "FAIL: apt-get update in the Debian 12 root"; exit 1; }
# Depends only: what Recommends adds must not be needed to start.
if ! in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
    >"$root/apt-install.log" 2>&1; then
    tail -30 "$root/apt-install.log"
    echo "FAIL: apt could not install $(basename "$deb") in a clean Debian 12"
    exit 1
fi
echo "Installed with its dependencies in $((SECONDS - started)) s"

out=$(in_root webhook-console --version 2>&1) || { echo "$out"; echo "FAIL: --version"; exit 1; }
if [[ "$out" != "Webhook Console $version" ]]; then
    echo "FAIL: --version printed '$out', expected 'Webhook Console $version'"
    exit 1
fi
echo "--version: $out"

# The PostgreSQL driver, which Qt loads at run time, came with the package: a shared store on a
# port where nothing listens is "could not be reached" (exit 1), not "driver is not installed".
out=$(in_root webhook-console --serve-receiver --store postgresql://wc@127.0.0.1:9/none 2>&1) \
    && { echo "$out"; echo "FAIL: --store on a closed port succeeded"; exit 1; }
if [[ "$out" != *"could not be reached"* ]]; then
    echo "$out"
    echo "FAIL: the installed webhook-console cannot reach PostgreSQL (libqt6sql6-psql)"
    exit 1
fi
echo "--store: the PostgreSQL driver is installed"

# The window on the built-in sandbox, offscreen, in a fresh home: started when the session
# reports the demo account's webhooks loaded.
log="$root/tmp/start.log"
# chroot, env and sh exec one another, so $! is the program itself; it must not hold the lock.
mkdir -p "$root/tmp/runtime" && chmod 700 "$root/tmp/runtime"
chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    XDG_RUNTIME_DIR=/tmp/runtime QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES="webhookconsole.session.info=true" \
    QT_MESSAGE_PATTERN="%{category}: %{message}" webhook-console --sandbox >"$log" 2>&1 9>&- &
app=$!
loaded=""
for ((tick = 0; tick < 300; tick++)); do # 30 s at most
    if grep -q '^webhookconsole.session: Loaded [1-9][0-9]* webhooks from http://127.0.0.1:' "$log"; then
        loaded=yes
        break
    fi
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
still_running=no
kill -0 "$app" 2>/dev/null && still_running=yes
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
if kill -0 "$app" 2>/dev/null; then kill -KILL "$app" 2>/dev/null || true; fi
if [[ -z "$loaded" || "$still_running" != yes ]]; then
    cat "$log"
    echo "FAIL: the installed webhook-console did not start (window on the sandbox, offscreen)"
    exit 1
fi
grep '^webhookconsole.session:' "$log"
echo "PASS: installed from $(basename "$deb") and started in a clean Debian 12 ($((SECONDS - started)) s)"
