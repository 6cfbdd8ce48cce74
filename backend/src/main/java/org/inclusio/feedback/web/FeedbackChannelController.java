package org.inclusio.feedback.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.feedback.ChannelDetails;
import org.inclusio.feedback.FeedbackChannel;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackChannelService;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/feedback-channels")
@Tag(name = "feedback")
class FeedbackChannelController {

    private final FeedbackChannelService channels;

    FeedbackChannelController(FeedbackChannelService channels) {
        this.channels = channels;
    }

    /** Every channel by name, in one page. */
    @GetMapping
    CursorPage<FeedbackChannel> list() {
        return new CursorPage<>(channels.list(), null);
    }

    @GetMapping("/{id}")
    ResponseEntity<FeedbackChannel> get(@PathVariable UUID id) {
        var channel = channels.get(new FeedbackChannelId(id));
        return ETags.ok(channel, channel.version());
    }

    /** Answers the channel with its {@code publicToken} and {@code publicUrl} (for the poster and QR code). */
    @PostMapping
    ResponseEntity<FeedbackChannel> create(@Valid @RequestBody ChannelDetails details) {
        var channel = channels.create(details);
        return ETags.created(URI.create("/api/v1/feedback-channels/" + channel.id()), channel, channel.version());
    }

    @PutMapping("/{id}")
    ResponseEntity<FeedbackChannel> update(@PathVariable UUID id,
                                           @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                                   required = false) @Nullable String ifMatch,
                                           @Valid @RequestBody ChannelDetails details) {
        var channel = channels.update(new FeedbackChannelId(id), ETags.expectedVersion(ifMatch), details);
        return ETags.ok(channel, channel.version());
    }
}
