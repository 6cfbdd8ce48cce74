package org.inclusio.shared.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a taken embedded-database port into Spring Boot's "APPLICATION FAILED TO START" report with the fix. */
class EmbeddedDatabasePortInUseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabasePortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabasePortInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Another Inclusio (or another PostgreSQL) is probably running. Give this one its own port, e.g."
                        + " INCLUSIO_EMBEDDED_DATABASE_PORT=15433, or INCLUSIO_EMBEDDED_DATABASE_PORT=0 for a free"
                        + " port at every start.", cause);
    }
}
