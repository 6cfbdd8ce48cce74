package org.inclusio.tenant.internal;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.inclusio.tenant.TenantContext;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.TransactionDefinition;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Tells PostgreSQL whose transaction it is, as part of beginning it: {@code app.tenant_id}, {@code app.user_id} and
 * {@code app.sign_in_username} are set with {@code set_config(…, true)}, so they vanish at commit or rollback and a
 * pooled connection never carries them into the next transaction. Without a binding nothing is sent: the settings
 * are then empty, and row-level security returns no rows.
 * <p>
 * This runs inside {@code JpaTransactionManager.doBegin} before it binds the entity manager and the connection to the
 * thread; when it fails, Spring rolls back and closes them as for any failed begin, and the thread stays clean.
 */
class TenantBindingJpaDialect extends HibernateJpaDialect {

    private static final String SET_CONTEXT = "SELECT set_config('app.tenant_id', ?, true), "
            + "set_config('app.user_id', ?, true), set_config('app.sign_in_username', ?, true)";

    @Override
    public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
            throws SQLException {
        Object transactionData = super.beginTransaction(entityManager, definition);
        String tenant = TenantContext.currentTenant().map(UUID::toString).orElse("");
        String user = TenantContext.currentUser().map(UUID::toString).orElse("");
        String signInUsername = TenantContext.currentSignInUsername().orElse("");
        if (!tenant.isEmpty() || !user.isEmpty() || !signInUsername.isEmpty()) {
            entityManager.unwrap(Session.class).doWork(connection -> bind(connection, tenant, user, signInUsername));
        }
        return transactionData;
    }

    void bind(Connection connection, String tenant, String user, String signInUsername) throws SQLException {
        try (var statement = connection.prepareStatement(SET_CONTEXT)) {
            statement.setString(1, tenant);
            statement.setString(2, user);
            statement.setString(3, signInUsername);
            statement.execute();
        }
    }
}
