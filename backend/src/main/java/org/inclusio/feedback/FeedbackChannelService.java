package org.inclusio.feedback;

import jakarta.validation.Valid;
import org.inclusio.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

/** The feedback channels of the current organisation. Managers and organisation admins set them up. */
public interface FeedbackChannelService {

    String MANAGE = "hasAnyRole('" + Roles.MANAGER + "', '" + Roles.ORG_ADMIN + "')";
    String READ = "hasAnyRole('" + Roles.MANAGER + "', '" + Roles.ORG_ADMIN + "', '" + Roles.CASEWORKER + "', '"
            + Roles.INTERCULTURAL_WORKER + "', '" + Roles.PROTECTION_FOCAL_POINT + "')";

    /** Creates a channel with a fresh public token (at least 128 random bits). */
    @PreAuthorize(MANAGE)
    FeedbackChannel create(@Valid ChannelDetails details);

    /** @param expectedVersion the version the caller started from; another one is refused as stale */
    @PreAuthorize(MANAGE)
    FeedbackChannel update(FeedbackChannelId id, long expectedVersion, @Valid ChannelDetails details);

    @PreAuthorize(READ)
    FeedbackChannel get(FeedbackChannelId id);

    /** Every channel, by name; recurring channels with their rounds. */
    @PreAuthorize(READ)
    List<FeedbackChannel> list();
}
