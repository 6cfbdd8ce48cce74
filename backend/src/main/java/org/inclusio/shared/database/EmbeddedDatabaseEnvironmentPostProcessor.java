package org.inclusio.shared.database;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * The embedded default: when no {@code spring.datasource.url} is configured, starts the embedded PostgreSQL before
 * the application context is built and points the standard Spring properties at it. The application connects as
 * {@value EmbeddedDatabaseCredentials#APP}, Liquibase migrates as {@value EmbeddedDatabaseCredentials#OWNER}. The
 * embedded default also seeds the demo data unless {@code INCLUSIO_DEMO_DATA=false}; a production database never
 * gets it.
 */
class EmbeddedDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "inclusioEmbeddedDatabase";
    /** {@code INCLUSIO_DEMO_DATA}: {@code false} starts the embedded default without demo accounts. */
    static final String DEMO_DATA = "inclusio.demo-data";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")
                || environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        var properties = Binder.get(environment).bindOrCreate("inclusio", EmbeddedDatabaseProperties.class);
        var database = EmbeddedDatabase.startOrReuse(properties.dataDir(), properties.embeddedDatabase().port());
        var credentials = database.credentials();
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "spring.datasource.url", database.jdbcUrl(),
                "spring.datasource.username", EmbeddedDatabaseCredentials.APP,
                "spring.datasource.password", credentials.appPassword(),
                "spring.liquibase.user", EmbeddedDatabaseCredentials.OWNER,
                "spring.liquibase.password", credentials.ownerPassword(),
                "inclusio.demo-data.enabled", environment.getProperty(DEMO_DATA, "true"))));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
