package org.inclusio.shared.crypto;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SealedDataRotationRunnerTests {

    private static final UUID TENANT = UUID.randomUUID();

    private final String oldKey = "old:" + TestKeys.base64Key(32);
    private final FieldCipher rotated = TestKeys.cipher("new:" + TestKeys.base64Key(32), oldKey);

    /** A feature's rows in memory: re-encrypts those not under the current key, as a real participant would. */
    private final class StoredValues implements SealedDataRotation {

        final List<UUID> rows = new ArrayList<>();
        final List<SealedValue> values = new ArrayList<>();

        StoredValues(int count) {
            FieldCipher before = TestKeys.cipher(oldKey);
            for (int i = 0; i < count; i++) {
                UUID row = UUID.randomUUID();
                rows.add(row);
                values.add(before.seal(TENANT, row, "note " + i));
            }
        }

        @Override
        public String name() {
            return "test values";
        }

        @Override
        public long resealAll(FieldCipher cipher) {
            long resealed = 0;
            for (int i = 0; i < values.size(); i++) {
                if (!cipher.isCurrent(values.get(i).keyId())) {
                    values.set(i, cipher.seal(TENANT, rows.get(i), cipher.open(TENANT, rows.get(i), values.get(i))));
                    resealed++;
                }
            }
            return resealed;
        }
    }

    @Test
    void everyParticipantReencryptsUnderTheCurrentKey() {
        var first = new StoredValues(3);
        var second = new StoredValues(2);
        var runner = new SealedDataRotationRunner(rotated, List.of(first, second), null);

        assertThat(runner.rotateAll()).isTrue();

        assertThat(first.values).extracting(SealedValue::keyId).containsOnly("new");
        assertThat(second.values).extracting(SealedValue::keyId).containsOnly("new");
        assertThat(rotated.openString(TENANT, first.rows.get(2), first.values.get(2))).isEqualTo("note 2");
        assertThat(first.resealAll(rotated)).isZero();
    }

    @Test
    void aFailingParticipantFailsTheRunButDoesNotStopTheOthers() {
        var failing = new SealedDataRotation() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public long resealAll(FieldCipher cipher) {
                throw new IllegalStateException("database gone");
            }
        };
        var after = new StoredValues(1);
        var runner = new SealedDataRotationRunner(rotated, List.of(failing, after), null);

        assertThat(runner.rotateAll()).isFalse();
        assertThat(after.values).extracting(SealedValue::keyId).containsOnly("new");
    }
}
