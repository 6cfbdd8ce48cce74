package org.inclusio.practice.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.TenantId;
import org.inclusio.practice.DefineIndicator;
import org.inclusio.practice.IndicatorMetric;
import org.inclusio.practice.Measurement;
import org.inclusio.practice.RecordMeasurement;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** An indicator of a practice with its hand-entered measurements. */
@Entity
@Table(name = "practice_indicator")
class IndicatorEntity {

    @Embeddable
    record MeasurementRow(@Column(name = "tenant_id") UUID tenantId, @Column(name = "id") UUID id,
                          @Column(name = "measured_on") LocalDate measuredOn, @Column(name = "value") BigDecimal value,
                          @Column(name = "note") @Nullable String note,
                          @Column(name = "recorded_by") UUID recordedBy,
                          @Column(name = "created_at") Instant createdAt) {

        Measurement toView() {
            return new Measurement(id, measuredOn, value, note, recordedBy);
        }
    }

    /** Latest measurement date first; on the same day the one recorded last. */
    static final Comparator<MeasurementRow> LATEST_FIRST = Comparator.comparing(MeasurementRow::measuredOn)
            .thenComparing(MeasurementRow::createdAt).reversed();

    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    @Id
    private UUID id;
    @Column(name = "practice_id")
    private UUID practiceId;
    @Column(name = "objective_id")
    private @Nullable UUID objectiveId;
    private int position;
    private String name;
    private String unit;
    private @Nullable BigDecimal baseline;
    private BigDecimal target;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    private @Nullable IndicatorMetric metric;
    private @Nullable String source;
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "practice_measurement", joinColumns = @JoinColumn(name = "indicator_id"))
    @BatchSize(size = 50)
    private Set<MeasurementRow> measurements = new HashSet<>();

    protected IndicatorEntity() {
    }

    IndicatorEntity(UUID tenantId, UUID practiceId, int position) {
        this.tenantId = tenantId;
        this.id = UUID.randomUUID();
        this.practiceId = practiceId;
        this.position = position;
    }

    void apply(DefineIndicator details) {
        objectiveId = details.objective() == null ? null : details.objective().value();
        name = details.name();
        unit = details.unit();
        baseline = details.baseline();
        target = details.target();
        periodFrom = details.periodFrom();
        periodTo = details.periodTo();
        metric = details.metric();
        source = details.source();
    }

    void measure(RecordMeasurement measurement, UUID recordedBy, Instant now) {
        measurements.add(new MeasurementRow(tenantId, UUID.randomUUID(), measurement.measuredOn(),
                measurement.value(), measurement.note(), recordedBy, now));
    }

    UUID id() {
        return id;
    }

    UUID practiceId() {
        return practiceId;
    }

    @Nullable UUID objectiveId() {
        return objectiveId;
    }

    int position() {
        return position;
    }

    String name() {
        return name;
    }

    String unit() {
        return unit;
    }

    @Nullable BigDecimal baseline() {
        return baseline;
    }

    BigDecimal target() {
        return target;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    @Nullable IndicatorMetric metric() {
        return metric;
    }

    @Nullable String source() {
        return source;
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<Measurement> measurements() {
        return measurements.stream().sorted(LATEST_FIRST).map(MeasurementRow::toView).toList();
    }

    Optional<MeasurementRow> latestMeasurement() {
        return measurements.stream().min(LATEST_FIRST);
    }
}
