package org.inclusio;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Connections past the application role, for tests that check what really is in the database: the owner role
 * ({@code inclusio_owner}, the one Liquibase migrates with; row-level security is forced for it too) and the embedded
 * server's superuser (which bypasses row-level security, so it sees every row).
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static JdbcTemplate owner(Environment environment) {
        return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.liquibase.user"),
                environment.getRequiredProperty("spring.liquibase.password")));
    }

    public static JdbcTemplate superuser(Environment environment) {
        var credentials = new Properties();
        Path file = Path.of(environment.getRequiredProperty("inclusio.data-dir"), "pg-credentials.properties");
        try (Reader reader = Files.newBufferedReader(file)) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return new JdbcTemplate(new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"),
                "postgres", credentials.getProperty("postgres")));
    }
}
