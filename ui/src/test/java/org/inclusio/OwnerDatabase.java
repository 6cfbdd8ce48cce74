package org.inclusio;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * Every text, character, JSON, array and binary column of every table in {@code public}, read as the superuser
     * (past row-level security): as text, and for binary columns also the canary's UTF-8 bytes anywhere inside.
     */
    public static List<String> columnsContaining(JdbcTemplate superuser, String canary) {
        List<Map<String, Object>> columns = superuser.queryForList("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'bytea', 'jsonb', 'json', 'ARRAY')""");
        if (columns.stream().noneMatch(column -> "case_file_aud".equals(column.get("table_name")))) {
            throw new IllegalStateException("The scan does not see the tables it must search");
        }
        var found = new ArrayList<String>();
        for (var column : columns) {
            String name = "\"" + column.get("table_name") + "\".\"" + column.get("column_name") + "\"";
            String value = "\"" + column.get("column_name") + "\"";
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(?, 'UTF8') IN " + value + ") > 0 OR " + value + "::text LIKE '%' || ? || '%'"
                    : value + "::text LIKE '%' || ? || '%'";
            Object[] arguments = "bytea".equals(column.get("data_type")) ? new Object[] {canary, canary}
                    : new Object[] {canary};
            Long hits = superuser.queryForObject("SELECT count(*) FROM \"" + column.get("table_name") + "\" WHERE "
                    + condition, Long.class, arguments);
            if (hits != null && hits > 0) {
                found.add(name);
            }
        }
        return found;
    }
}
