package org.inclusio.tenant.internal;

import jakarta.persistence.EntityManagerFactory;
import org.inclusio.IntegrationTest;
import org.inclusio.tenant.TenantContext;
import org.inclusio.tenant.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Binding the tenant as a transaction begins: a failure leaves the thread clean, and nesting is refused. */
/* The REST client is not used; it keeps the application context the one the other integration tests share. */
@IntegrationTest
class TransactionTenantBindingIntegrationTests {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    /** A dialect whose first {@code set_config} fails, as a broken connection or a cancelled statement would. */
    static final class FailingOnceDialect extends TenantBindingJpaDialect {

        final AtomicInteger failuresLeft = new AtomicInteger(1);

        @Override
        void bind(Connection connection, String tenant, String user, String signInUsername) throws SQLException {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new SQLException("set_config failed (injected by the test)");
            }
            super.bind(connection, tenant, user, signInUsername);
        }
    }

    @Test
    void aFailedSetConfigLeavesNothingBoundAndTheNextTransactionOnTheThreadWorks() {
        UUID city = jdbc.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        var manager = new TenantAwareTransactionManager(entityManagerFactory, new FailingOnceDialect());
        manager.afterPropertiesSet();
        var transaction = new TransactionTemplate(manager);

        assertThatThrownBy(() -> TenantContext.callInTenant(new TenantId(city),
                () -> transaction.execute(status -> "never reached")))
                .isInstanceOf(CannotCreateTransactionException.class)
                .rootCause().hasMessageContaining("injected by the test");
        assertThat(TransactionSynchronizationManager.getResourceMap()).as("resources left on the thread").isEmpty();
        assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();

        List<UUID> seen = TenantContext.callInTenant(new TenantId(city), () -> transaction.execute(
                status -> jdbc.queryForList("SELECT DISTINCT tenant_id FROM membership", UUID.class)));
        assertThat(seen).containsExactly(city);
        assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    }

    @Test
    void bindingAnotherTenantOrUserInsideAnOpenTransactionIsRefused() {
        UUID city = jdbc.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-city'", UUID.class);
        UUID aid = jdbc.queryForObject("SELECT id FROM organisation WHERE slug = 'demo-aid'", UUID.class);
        var transaction = new TransactionTemplate(transactions);

        TenantContext.callInTenant(new TenantId(city), () -> transaction.execute(status -> {
            assertThatThrownBy(() -> TenantContext.callInTenant(new TenantId(aid),
                    () -> jdbc.queryForList("SELECT tenant_id FROM membership", UUID.class)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
            assertThatThrownBy(() -> TenantContext.callAsUser(UUID.randomUUID(), () -> "never reached"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
            assertThatThrownBy(() -> TenantContext.callForSignIn("city-admin", () -> "never reached"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("already open");
            return null;
        }));

        // outside any transaction the same binding works, and a transaction started inside it gets that tenant
        List<UUID> seen = TenantContext.callInTenant(new TenantId(aid), () -> transaction.execute(
                status -> jdbc.queryForList("SELECT DISTINCT tenant_id FROM membership", UUID.class)));
        assertThat(seen).containsExactly(aid);
    }

    @Test
    void aTransactionWithoutAnyBindingSeesNoTenantRowsAndNoAccounts() {
        var transaction = new TransactionTemplate(transactions);
        Long visible = transaction.execute(status -> jdbc.queryForObject(
                "SELECT (SELECT count(*) FROM membership) + (SELECT count(*) FROM user_account)", Long.class));
        assertThat(visible).isZero();
    }
}
