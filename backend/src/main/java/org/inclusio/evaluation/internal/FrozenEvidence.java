package org.inclusio.evaluation.internal;

import org.inclusio.evaluation.EvidenceMetric;
import org.inclusio.evaluation.MetricValue;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The evidence a final evaluation was judged on, as stored with it. */
@Component
class FrozenEvidence {

    private static final TypeReference<List<MetricValue>> VALUES = new TypeReference<>() {
    };

    private final JsonMapper json = JsonMapper.builder().build();

    String freeze(Collection<MetricValue> evidence) {
        return json.writeValueAsString(List.copyOf(evidence));
    }

    Map<EvidenceMetric, MetricValue> thaw(String frozen) {
        var values = new EnumMap<EvidenceMetric, MetricValue>(EvidenceMetric.class);
        json.readValue(frozen, VALUES).forEach(value -> values.put(value.metric(), value));
        return values;
    }
}
