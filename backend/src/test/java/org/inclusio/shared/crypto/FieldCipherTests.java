package org.inclusio.shared.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTests {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID ROW = UUID.randomUUID();
    private static final String SECRET = "Residence: tolerated stay; violence marker";

    private final String oldKey = "2026-01:" + TestKeys.base64Key(32);
    private final String newKey = "2026-06:" + TestKeys.base64Key(32);
    private final FieldCipher cipher = TestKeys.cipher(oldKey);

    @Test
    void opensWhatItSealed() {
        SealedValue sealed = cipher.seal(TENANT, ROW, SECRET);

        assertThat(sealed.keyId()).isEqualTo("2026-01");
        assertThat(cipher.openString(TENANT, ROW, sealed)).isEqualTo(SECRET);
        assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("violence");
        // 12-byte nonce, then the ciphertext, then the 16-byte tag
        assertThat(sealed.ciphertext()).hasSize(12 + SECRET.getBytes(StandardCharsets.UTF_8).length + 16);
    }

    @Test
    void opensEmptyValues() {
        assertThat(cipher.open(TENANT, ROW, cipher.seal(TENANT, ROW, new byte[0]))).isEmpty();
    }

    @Test
    void twoSealsOfTheSameValueDiffer() {
        SealedValue first = cipher.seal(TENANT, ROW, SECRET);
        SealedValue second = cipher.seal(TENANT, ROW, SECRET);

        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOf(first.ciphertext(), 12))
                .isNotEqualTo(Arrays.copyOf(second.ciphertext(), 12));
    }

    @Test
    void alteredCiphertextDoesNotOpen() {
        byte[] bytes = cipher.seal(TENANT, ROW, SECRET).ciphertext();
        bytes[20] ^= 1;

        assertThatThrownBy(() -> cipher.open(TENANT, ROW, new SealedValue("2026-01", bytes)))
                .isInstanceOf(UnreadableSealedValueException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void truncatedCiphertextDoesNotOpen() {
        assertThatThrownBy(() -> cipher.open(TENANT, ROW, new SealedValue("2026-01", new byte[27])))
                .isInstanceOf(UnreadableSealedValueException.class);
    }

    @Test
    void aValueCopiedToAnotherRowOrTenantDoesNotOpen() {
        SealedValue sealed = cipher.seal(TENANT, ROW, SECRET);

        assertThatThrownBy(() -> cipher.open(TENANT, UUID.randomUUID(), sealed))
                .isInstanceOf(UnreadableSealedValueException.class)
                .hasMessageContaining("another row or tenant");
        assertThatThrownBy(() -> cipher.open(UUID.randomUUID(), ROW, sealed))
                .isInstanceOf(UnreadableSealedValueException.class);
        // tenant and row swapped
        assertThatThrownBy(() -> cipher.open(ROW, TENANT, sealed))
                .isInstanceOf(UnreadableSealedValueException.class);
    }

    @Test
    void aValueUnderAnotherKeyOfTheSameIdDoesNotOpen() {
        FieldCipher impostor = TestKeys.cipher("2026-01:" + TestKeys.base64Key(32));

        assertThatThrownBy(() -> impostor.open(TENANT, ROW, cipher.seal(TENANT, ROW, SECRET)))
                .isInstanceOf(UnreadableSealedValueException.class);
    }

    @Test
    void afterRotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
        SealedValue sealedBefore = cipher.seal(TENANT, ROW, SECRET);
        FieldCipher rotated = TestKeys.cipher(newKey, oldKey);

        assertThat(rotated.currentKeyId()).isEqualTo("2026-06");
        assertThat(rotated.isCurrent(sealedBefore.keyId())).isFalse();
        assertThat(rotated.openString(TENANT, ROW, sealedBefore)).isEqualTo(SECRET);
        SealedValue resealed = rotated.seal(TENANT, ROW, rotated.open(TENANT, ROW, sealedBefore));
        assertThat(resealed.keyId()).isEqualTo("2026-06");
        assertThat(rotated.isCurrent(resealed.keyId())).isTrue();
        assertThatThrownBy(() -> cipher.open(TENANT, ROW, resealed))
                .isInstanceOf(UnreadableSealedValueException.class)
                .hasMessageContaining("2026-06");
    }

    @Test
    void aRemovedKeyNoLongerOpens() {
        SealedValue sealed = cipher.seal(TENANT, ROW, SECRET);

        assertThatThrownBy(() -> TestKeys.cipher(newKey).open(TENANT, ROW, sealed))
                .isInstanceOf(UnreadableSealedValueException.class)
                .hasMessageContaining("not in the encryption key ring");
    }

    @Test
    void sealedValuesCompareByContentAndPrintNoBytes() {
        SealedValue sealed = cipher.seal(TENANT, ROW, SECRET);
        SealedValue copy = new SealedValue(sealed.keyId(), sealed.ciphertext());

        assertThat(copy).isEqualTo(sealed).hasSameHashCodeAs(sealed);
        assertThat(sealed.toString()).isEqualTo("SealedValue[keyId=2026-01, " + sealed.ciphertext().length
                + " bytes]");
    }
}
