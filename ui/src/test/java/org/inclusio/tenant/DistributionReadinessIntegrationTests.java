package org.inclusio.tenant;

import org.inclusio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog is ready to distribute the tenant tables by {@code tenant_id} (README, "Past one PostgreSQL server"):
 * every primary key, unique constraint and foreign key of a table with a {@code tenant_id} column starts with it.
 * Foreign keys into the tables every node would hold in full (reference tables: organisations, user accounts and the
 * frameworks, shipped ones included) are the one exception Citus allows, so they are the one exception here.
 */
@IntegrationTest
class DistributionReadinessIntegrationTests {

    private static final List<String> REFERENCE_TABLES = List.of("organisation", "user_account", "framework");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyKeyOfATenantTableStartsWithTheTenant() {
        List<String> offending = jdbc.queryForList("""
                WITH tenant_tables AS (
                    SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> ALL (?::text[])
                      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'
                                  AND NOT a.attisdropped))
                SELECT t.relname || ': ' || pg_get_constraintdef(k.oid)
                FROM tenant_tables t JOIN pg_constraint k ON k.conrelid = t.oid
                WHERE k.contype IN ('p', 'u', 'f')
                  AND (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum = k.conkey[1])
                      <> 'tenant_id'
                  AND NOT (k.contype = 'f' AND k.confrelid::regclass::text = ANY (?::text[]))
                ORDER BY 1""", String.class, REFERENCE_TABLES.toArray(String[]::new),
                REFERENCE_TABLES.toArray(String[]::new));
        assertThat(offending).isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM information_schema.columns
                WHERE table_schema = 'public' AND column_name = 'tenant_id'""", Integer.class))
                .as("the check sees the tenant tables").isGreaterThan(40);
    }
}
