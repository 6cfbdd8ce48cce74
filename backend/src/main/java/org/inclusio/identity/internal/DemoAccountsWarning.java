package org.inclusio.identity.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/**
 * The demo accounts have a published password and one of them administers the platform. Whenever they are seeded,
 * the last thing the start prints says so in a box that cannot be missed, and the log has it as a warning.
 */
@Component
@ConditionalOnProperty(name = "inclusio.demo-data.enabled", havingValue = "true")
class DemoAccountsWarning {

    static final String MESSAGE = """
            DEMO ACCOUNTS WITH KNOWN PASSWORDS ARE ACTIVE.
            Anyone who reaches this instance can sign in as 'platform-admin' (password 'demo') and as every demo
            organisation's administrator, and use the demo API clients. Never expose this instance to a network.
            Start with INCLUSIO_DEMO_DATA=false and a new INCLUSIO_DATA_DIR for an instance without demo accounts,
            or set SPRING_DATASOURCE_URL for production.""";

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsWarning.class);

    @EventListener(ApplicationReadyEvent.class)
    void warn() {
        print(System.out);
        log.warn(MESSAGE.replace('\n', ' '));
    }

    static void print(PrintStream out) {
        String rule = "!".repeat(116);
        out.println(rule);
        MESSAGE.lines().forEach(line -> out.println("!!! " + line));
        out.println(rule);
    }
}
