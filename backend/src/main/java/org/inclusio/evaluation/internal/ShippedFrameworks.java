package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.FrameworkDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports the framework definitions shipped in {@code frameworks/*.yaml} at start-up, before any demo data. A version
 * already stored is left as it is: when its file has changed, the change is ignored with a warning, because
 * evaluations refer to the stored version; a changed framework needs a new version number.
 */
@Component
@Order(-10)
class ShippedFrameworks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedFrameworks.class);
    static final String LOCATION = "classpath:frameworks/*.yaml";

    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;
    private final Clock clock;

    ShippedFrameworks(FrameworkRepository frameworks, FrameworkDefinitions definitions, Clock clock) {
        this.frameworks = frameworks;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        importAll(files());
    }

    /** Imports each definition not stored yet; answers how many were new. */
    @Transactional
    int importAll(List<FrameworkDefinition> shipped) {
        int imported = 0;
        for (FrameworkDefinition definition : shipped) {
            var stored = frameworks.findShipped(definition.key(), definition.version());
            if (stored.isEmpty()) {
                frameworks.save(new FrameworkEntity(null, definition.key(), definition.version(), definition.name(),
                        definitions.toJson(definition), null, clock.instant()));
                imported++;
            } else if (!definitions.fromJson(stored.get().definition()).equals(definition)) {
                log.warn("Framework {} version {} differs from the stored one and is not imported: a stored version"
                        + " is never changed; give the changed definition a new version", definition.key(),
                        definition.version());
            }
        }
        frameworks.flush();
        if (imported > 0) {
            log.info("Imported {} shipped framework version(s)", imported);
        }
        return imported;
    }

    private List<FrameworkDefinition> files() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Stream.of(resources).sorted(Comparator.comparing(Resource::getFilename))
                    .map(resource -> {
                        try {
                            return definitions.readYaml(resource.getInputStream());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
