package org.inclusio.shared.database;

import java.nio.file.Path;

/**
 * The configured loopback port of the embedded PostgreSQL is held by another program — typically another Inclusio
 * with its own data directory — so this one would wait for a server that can never start.
 */
public class EmbeddedDatabasePortInUseException extends IllegalStateException {

    private final int port;

    EmbeddedDatabasePortInUseException(int port, Path pgDirectory) {
        super("Port " + port + " on 127.0.0.1 is already in use, so the embedded PostgreSQL for " + pgDirectory
                + " cannot start there. Set INCLUSIO_EMBEDDED_DATABASE_PORT (inclusio.embedded-database.port) to a"
                + " free port, or to 0 for any free port, or stop the program that holds port " + port + ".");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
