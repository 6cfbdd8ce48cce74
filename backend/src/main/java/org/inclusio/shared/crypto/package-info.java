/**
 * Encryption at rest for special-category fields: {@link org.inclusio.shared.crypto.FieldCipher} seals values with
 * AES-256-GCM under a rotatable key ring; features storing sealed values implement
 * {@link org.inclusio.shared.crypto.SealedDataRotation}.
 */
@NullMarked
package org.inclusio.shared.crypto;

import org.jspecify.annotations.NullMarked;
