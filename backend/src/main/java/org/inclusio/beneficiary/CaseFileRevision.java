package org.inclusio.beneficiary;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * One saved change of a case file (Hibernate Envers): when, who, and the names of the fields that changed — never
 * their values, so the history shows nothing a reader may not see. Special-category data is one field,
 * {@code specialCategory}.
 *
 * @param actorName the member's display name, a machine client's client id, or {@code system}
 * @param changedFields every field for the revision that created the file
 */
public record CaseFileRevision(long revision, Instant at, Kind kind, ActorKind actorKind, @Nullable String actorName,
                               List<String> changedFields) {

    public enum Kind { CREATED, CHANGED, DELETED }

    /** Who acted: a person, a machine client, or Inclusio itself (demo data, scheduled jobs). */
    public enum ActorKind { USER, CLIENT, SYSTEM }
}
