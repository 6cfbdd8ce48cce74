package org.inclusio.beneficiary;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone who opened a case file in full. The read log stores ids only; the name is looked up when shown.
 *
 * @param actorId the user account id of a person, or the id of a machine client
 * @param actorName the member's display name or the machine client's client id, when still known
 */
public record CaseFileReader(Instant at, CaseFileRevision.ActorKind actorKind, UUID actorId,
                             @Nullable String actorName) {
}
