package org.inclusio.shared.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where the embedded default keeps its files and on which loopback port its PostgreSQL listens. Only used when no
 * {@code spring.datasource.url} is configured.
 *
 * @param dataDir directory for the database files ({@code pg/}) and their credentials; {@code INCLUSIO_DATA_DIR}
 * @param embeddedDatabase the embedded PostgreSQL server
 */
@ConfigurationProperties("inclusio")
public record EmbeddedDatabaseProperties(@DefaultValue("data") Path dataDir,
                                         @DefaultValue EmbeddedServer embeddedDatabase) {

    /** @param port loopback port, 0 for a free one; {@code INCLUSIO_EMBEDDED_DATABASE_PORT} */
    public record EmbeddedServer(@DefaultValue("15432") int port) {
    }
}
