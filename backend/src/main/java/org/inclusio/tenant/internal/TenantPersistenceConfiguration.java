package org.inclusio.tenant.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.inclusio.tenant.TenantContext;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Map;
import java.util.UUID;

@Configuration(proxyBeanMethods = false)
class TenantPersistenceConfiguration {

    /** What Hibernate filters by when no tenant is set: an id no organisation has, so nothing matches. */
    static final UUID NO_TENANT = new UUID(0, 0);

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new TenantAwareTransactionManager(entityManagerFactory, new TenantBindingJpaDialect());
    }

    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolver() {
        CurrentTenantIdentifierResolver<UUID> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public UUID resolveCurrentTenantIdentifier() {
                return TenantContext.currentTenant().orElse(NO_TENANT);
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return false;
            }
        };
        return (Map<String, Object> properties) ->
                properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }
}
