package org.inclusio.shared.database;

import org.inclusio.shared.security.RandomSecrets;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Passwords of the three roles of the embedded server, generated at first start and kept in a file that only the
 * operating-system user running Inclusio can read.
 */
public record EmbeddedDatabaseCredentials(String superuserPassword, String ownerPassword, String appPassword) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "inclusio_owner";
    public static final String APP = "inclusio_app";

    static EmbeddedDatabaseCredentials generate() {
        return new EmbeddedDatabaseCredentials(RandomSecrets.urlSafe(24), RandomSecrets.urlSafe(24),
                RandomSecrets.urlSafe(24));
    }

    static EmbeddedDatabaseCredentials load(Path file) throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return new EmbeddedDatabaseCredentials(
                required(properties, SUPERUSER), required(properties, OWNER), required(properties, APP));
    }

    void save(Path file) throws IOException {
        var properties = new Properties();
        properties.setProperty(SUPERUSER, superuserPassword);
        properties.setProperty(OWNER, ownerPassword);
        properties.setProperty(APP, appPassword);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), ".credentials", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(temporary)) {
            properties.store(writer, "Passwords of the embedded PostgreSQL roles (generated at first start)");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The embedded database credentials file has no password for " + key);
        }
        return value;
    }


    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[redacted]";
    }
}
