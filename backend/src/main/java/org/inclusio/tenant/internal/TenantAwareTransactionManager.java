package org.inclusio.tenant.internal;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * The application's transaction manager: a {@link JpaTransactionManager} whose dialect binds the tenant of every
 * transaction as it begins ({@link TenantBindingJpaDialect}).
 */
class TenantAwareTransactionManager extends JpaTransactionManager {

    private final TenantBindingJpaDialect dialect;

    TenantAwareTransactionManager(EntityManagerFactory entityManagerFactory, TenantBindingJpaDialect dialect) {
        super(entityManagerFactory);
        this.dialect = dialect;
        setJpaDialect(dialect);
    }

    /** The entity manager factory brings its own dialect along; ours must stay. */
    @Override
    public void afterPropertiesSet() {
        super.afterPropertiesSet();
        setJpaDialect(dialect);
    }
}
