package org.inclusio.identity.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsWarningTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoAccountsWarning.class);

    @Test
    void withDemoDataTheStartEndsWithALoudWarning(CapturedOutput output) {
        context.withPropertyValues("inclusio.demo-data.enabled=true").run(started -> {
            started.getBean(DemoAccountsWarning.class).warn();
            assertThat(output.getOut())
                    .contains("!!! DEMO ACCOUNTS WITH KNOWN PASSWORDS ARE ACTIVE.")
                    .contains("Never expose this instance")
                    .contains("INCLUSIO_DEMO_DATA=false");
        });
    }

    @Test
    void withoutDemoDataThereIsNoWarning() {
        context.withPropertyValues("inclusio.demo-data.enabled=false")
                .run(started -> assertThat(started).doesNotHaveBean(DemoAccountsWarning.class));
    }
}
