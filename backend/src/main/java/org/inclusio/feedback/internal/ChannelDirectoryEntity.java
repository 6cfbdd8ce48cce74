package org.inclusio.feedback.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * Which organisation and channel a public token belongs to: read by the public pages before any organisation is
 * known. No row-level security, and nothing personal in it.
 */
@Entity
@Table(name = "feedback_channel_directory")
class ChannelDirectoryEntity {

    @Id
    @Column(name = "public_token")
    private String publicToken;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "channel_id")
    private UUID channelId;

    protected ChannelDirectoryEntity() {
    }

    ChannelDirectoryEntity(String publicToken, UUID organisationId, UUID channelId) {
        this.publicToken = publicToken;
        this.organisationId = organisationId;
        this.channelId = channelId;
    }

    UUID organisationId() {
        return organisationId;
    }

    UUID channelId() {
        return channelId;
    }
}
