package org.inclusio.shared.crypto;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;

/**
 * The rotation command: once the application has started with {@code --inclusio.encryption.rotate}, asks every
 * {@link SealedDataRotation} to re-encrypt its values under the current key, logs the counts and ends the process
 * (exit code 0 when every participant succeeded, 1 otherwise).
 */
class SealedDataRotationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealedDataRotationRunner.class);

    private final FieldCipher cipher;
    private final List<SealedDataRotation> participants;
    private final ConfigurableApplicationContext context;

    SealedDataRotationRunner(FieldCipher cipher, List<SealedDataRotation> participants,
                             ConfigurableApplicationContext context) {
        this.cipher = cipher;
        this.participants = participants;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        int exitCode = rotateAll() ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }

    /** @return whether every participant finished; one failing does not stop the others */
    boolean rotateAll() {
        log.info("Re-encrypting sealed values under the current key '{}' ({} participants)",
                cipher.currentKeyId(), participants.size());
        boolean succeeded = true;
        long total = 0;
        for (SealedDataRotation participant : participants) {
            try {
                long resealed = participant.resealAll(cipher);
                total += resealed;
                log.info("{}: re-encrypted {} values", participant.name(), resealed);
            } catch (RuntimeException e) {
                succeeded = false;
                // Only the type: database messages can quote row contents.
                log.error("{}: rotation failed with {}", participant.name(), e.getClass().getName());
            }
        }
        if (succeeded) {
            log.info("Rotation finished: {} values re-encrypted. Run it again until it reports 0; then the keys"
                    + " other than '{}' can be removed.", total, cipher.currentKeyId());
        } else {
            log.error("Rotation incomplete: {} values re-encrypted, at least one participant failed; keep every"
                    + " key and run it again", total);
        }
        return succeeded;
    }
}
