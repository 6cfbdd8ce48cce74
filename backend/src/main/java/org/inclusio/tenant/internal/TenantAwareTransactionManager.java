package org.inclusio.tenant.internal;

import jakarta.persistence.EntityManagerFactory;
import org.inclusio.tenant.TenantContext;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * Starts every transaction by telling PostgreSQL whose it is: {@code app.tenant_id} and {@code app.user_id} are set
 * with {@code set_config(…, true)}, so they vanish at commit or rollback and a pooled connection never carries them
 * into the next transaction. Without a tenant both are empty and row-level security returns no rows.
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    private static final String SET_CONTEXT =
            "SELECT set_config('app.tenant_id', ?, true), set_config('app.user_id', ?, true)";

    TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        var holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(
                Objects.requireNonNull(getDataSource()));
        if (holder == null) {
            throw new TransactionSystemException("No JDBC connection bound to the transaction");
        }
        try (var statement = holder.getConnection().prepareStatement(SET_CONTEXT)) {
            statement.setString(1, TenantContext.currentTenant().map(UUID::toString).orElse(""));
            statement.setString(2, TenantContext.currentUser().map(UUID::toString).orElse(""));
            statement.execute();
        } catch (SQLException e) {
            throw new TransactionSystemException("Could not set the tenant of the transaction", e);
        }
    }
}
