package org.inclusio.identity;

import org.inclusio.IntegrationTest;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One pooled connection shared by many threads that alternate organisations: the tenant set by the application's
 * transaction manager never leaks from one transaction into the next.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=1")
class TenantContextPoolIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void tenantsNeverLeakAcrossTransactionsOnAPooledConnection() throws Exception {
        UUID city = jdbc.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        UUID aid = jdbc.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-aid'", UUID.class);
        var transaction = new TransactionTemplate(transactions);
        var completed = new AtomicInteger();
        var tasks = new ArrayList<Callable<Void>>();
        for (int thread = 0; thread < 8; thread++) {
            int offset = thread;
            tasks.add(() -> {
                for (int i = 0; i < 150; i++) {
                    UUID tenant = (i + offset) % 2 == 0 ? city : aid;
                    List<UUID> seen = TenantContext.callInTenant(new TenantId(tenant), () -> transaction.execute(
                            status -> jdbc.queryForList("SELECT tenant_id FROM membership", UUID.class)));
                    assertThat(seen).isNotEmpty().containsOnly(tenant);
                    String leftOver = jdbc.queryForObject(
                            "SELECT coalesce(current_setting('app.tenant_id', true), '')", String.class);
                    assertThat(leftOver).as("tenant outside any transaction").isEmpty();
                    assertThat(jdbc.queryForObject("SELECT count(*) FROM membership", Long.class)).isZero();
                    completed.incrementAndGet();
                }
                return null;
            });
        }
        try (var executor = Executors.newFixedThreadPool(8)) {
            for (var result : executor.invokeAll(tasks)) {
                result.get();
            }
        }
        assertThat(completed.get()).isEqualTo(1200);
    }
}
