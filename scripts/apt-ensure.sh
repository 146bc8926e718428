#!/bin/sh
# Installs the named Debian packages that are missing, with apt-get (needs root, or sudo).
# Where that cannot be done, says which packages to install by hand, and fails.
set -e
missing=""
for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
    echo "apt-get is not available here: install$missing with your system's package manager" \
         "(graphviz: brew install graphviz, conda install graphviz, dnf install graphviz...), then run make again" >&2
    exit 1
fi
if [ "$(id -u)" = 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "installing Debian packages needs root or sudo: run 'apt-get install$missing' as root, then run make again" >&2
    exit 1
fi
echo "installing Debian packages:$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
