package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.Framework;
import org.inclusio.evaluation.FrameworkId;
import org.inclusio.evaluation.FrameworkService;
import org.inclusio.evaluation.FrameworkSummary;
import org.inclusio.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Service
@Transactional(readOnly = true)
class FrameworkServiceImpl implements FrameworkService {

    private final FrameworkRepository frameworks;
    private final FrameworkDefinitions definitions;

    FrameworkServiceImpl(FrameworkRepository frameworks, FrameworkDefinitions definitions) {
        this.frameworks = frameworks;
        this.definitions = definitions;
    }

    @Override
    public List<FrameworkSummary> list() {
        return frameworks.findAllShippedFirst().stream().map(row -> {
            var definition = definitions.fromJson(row.definition());
            return new FrameworkSummary(new FrameworkId(row.id()), definition.key(), definition.version(),
                    definition.name(), row.shipped(), definition.sections().size(),
                    (int) definition.questions().count(), (int) definition.items().count());
        }).toList();
    }

    @Override
    public Framework get(FrameworkId id) {
        var row = frameworks.findById(id.value()).orElseThrow(() -> new NotFoundException("Framework"));
        return new Framework(new FrameworkId(row.id()), row.shipped(),
                row.basedOn() == null ? null : new FrameworkId(row.basedOn()), definitions.fromJson(row.definition()));
    }
}
