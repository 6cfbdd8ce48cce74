package org.inclusio.shared.crypto;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * Where the field encryption keys come from: at most one of {@code keys} and {@code keyFile}; with neither, the
 * embedded default generates a key file in the data directory.
 *
 * @param keys    {@code keyId:base64Key,…}, the current key first; {@code INCLUSIO_ENCRYPTION_KEYS}
 * @param keyFile a mounted secret with one {@code keyId=base64Key} line per key, the current key first;
 *                {@code INCLUSIO_ENCRYPTION_KEY_FILE}
 * @param rotate  run the rotation command instead of serving: {@code --inclusio.encryption.rotate}
 */
@ConfigurationProperties("inclusio.encryption")
record EncryptionProperties(@Nullable String keys, @Nullable Path keyFile, boolean rotate) {
}
