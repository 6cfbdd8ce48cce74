#!/usr/bin/env sh
# Provides the fonts the feedback posters need beyond Liberation (Latin, Cyrillic): Noto Sans Arabic (Arabic, Farsi,
# Pashto) and Noto Sans Ethiopic (Tigrinya), both under the SIL Open Font License 1.1. Maven Central has no jar with
# them, so they come from the npm registry (pinned versions) into a per-user cache, once, and are copied into the
# backend's classes, hence into the application jar: the running application needs neither npm nor system fonts.
# The Ethiopic package ships WOFF only; WOFF 1.0 is the TrueType tables, each zlib-compressed, so a few lines of Node
# (any Node that came with npm) rebuild the TrueType file.
set -eu
classes="$1"; cache="$2"
arabic_package="@expo-google-fonts/noto-sans-arabic@0.4.3"
ethiopic_package="@fontsource/noto-sans-ethiopic@5.3.0"

if [ ! -f "$cache/NotoSansArabic-Regular.ttf" ] || [ ! -f "$cache/NotoSansEthiopic-Regular.ttf" ]; then
    if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
        echo "Inclusio fetches the poster fonts (Noto Sans Arabic, Noto Sans Ethiopic) with npm and node." >&2
        echo "Neither was found on PATH. Install any Node.js with npm (for example: apt-get install -y npm)." >&2
        exit 1
    fi
    echo "Fetching the poster fonts ($arabic_package, $ethiopic_package) from the npm registry into $cache"
    staging="$cache.staging.$$"
    rm -rf "$staging"
    mkdir -p "$staging"
    (cd "$staging" && npm pack --silent "$arabic_package" "$ethiopic_package" >/dev/null)
    tar xzf "$staging"/expo-google-fonts-noto-sans-arabic-*.tgz -C "$staging" \
        package/400Regular/NotoSansArabic_400Regular.ttf package/LICENSE_FONT
    mv "$staging/package/400Regular/NotoSansArabic_400Regular.ttf" "$staging/NotoSansArabic-Regular.ttf"
    mv "$staging/package/LICENSE_FONT" "$staging/NotoSansArabic-OFL.txt"
    rm -rf "$staging/package"
    tar xzf "$staging"/fontsource-noto-sans-ethiopic-*.tgz -C "$staging" \
        package/files/noto-sans-ethiopic-ethiopic-400-normal.woff package/LICENSE
    mv "$staging/package/LICENSE" "$staging/NotoSansEthiopic-OFL.txt"
    node -e '
        const fs = require("fs"), zlib = require("zlib");
        const woff = fs.readFileSync(process.argv[1]);
        if (woff.readUInt32BE(0) !== 0x774F4646) throw new Error("not a WOFF 1.0 file");
        const flavor = woff.readUInt32BE(4), numTables = woff.readUInt16BE(12);
        const tables = [];
        for (let i = 0; i < numTables; i++) {
            const e = 44 + i * 20;
            const tag = woff.readUInt32BE(e), offset = woff.readUInt32BE(e + 4), compLength = woff.readUInt32BE(e + 8);
            const origLength = woff.readUInt32BE(e + 12), checksum = woff.readUInt32BE(e + 16);
            const stored = woff.subarray(offset, offset + compLength);
            const data = compLength < origLength ? zlib.inflateSync(stored) : stored;
            tables.push({tag, checksum, data});
        }
        let searchRange = 1, entrySelector = 0;
        while (searchRange * 2 <= numTables) { searchRange *= 2; entrySelector++; }
        const header = Buffer.alloc(12 + 16 * numTables);
        header.writeUInt32BE(flavor, 0);
        header.writeUInt16BE(numTables, 4);
        header.writeUInt16BE(searchRange * 16, 6);
        header.writeUInt16BE(entrySelector, 8);
        header.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
        const parts = [header];
        let offset = header.length;
        tables.forEach((t, i) => {
            const e = 12 + i * 16;
            header.writeUInt32BE(t.tag, e);
            header.writeUInt32BE(t.checksum, e + 4);
            header.writeUInt32BE(offset, e + 8);
            header.writeUInt32BE(t.data.length, e + 12);
            const padded = Buffer.alloc((t.data.length + 3) & ~3);
            t.data.copy(padded);
            parts.push(padded);
            offset += padded.length;
        });
        fs.writeFileSync(process.argv[2], Buffer.concat(parts));
    ' "$staging/package/files/noto-sans-ethiopic-ethiopic-400-normal.woff" "$staging/NotoSansEthiopic-Regular.ttf"
    rm -rf "$staging/package" "$staging"/*.tgz
    rm -rf "$cache"
    mkdir -p "$(dirname "$cache")"
    mv "$staging" "$cache"
fi
mkdir -p "$classes/fonts/poster"
cp "$cache"/*.ttf "$cache"/*.txt "$classes/fonts/poster/"
