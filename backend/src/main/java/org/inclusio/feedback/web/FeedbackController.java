package org.inclusio.feedback.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.inclusio.feedback.EnterFeedback;
import org.inclusio.feedback.Feedback;
import org.inclusio.feedback.FeedbackCategory;
import org.inclusio.feedback.FeedbackChannelId;
import org.inclusio.feedback.FeedbackFilter;
import org.inclusio.feedback.FeedbackId;
import org.inclusio.feedback.FeedbackService;
import org.inclusio.feedback.FeedbackStatus;
import org.inclusio.feedback.FeedbackType;
import org.inclusio.feedback.Receipt;
import org.inclusio.feedback.Triage;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.security.CurrentActor;
import org.inclusio.shared.security.Role;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "feedback")
class FeedbackController {

    private final FeedbackService feedback;

    FeedbackController(FeedbackService feedback) {
        this.feedback = feedback;
    }

    /** What staff may say about a referral. */
    record Referral(@NotBlank @Size(max = 200) String organisationName, @Nullable @Size(max = 4000) String publicReply) {
    }

    record NewNote(@NotBlank @Size(max = 4000) String text) {
    }

    /**
     * How many sensitive reports there are that the caller cannot see, and (for protection focal points) how many
     * are not yet acknowledged.
     */
    record SensitiveCounts(long hidden, @Nullable Long unacknowledged) {
    }

    /**
     * The inbox, newest first. Sensitive reports only for protection focal points (each one shown is audited);
     * everyone else learns only how many there are ({@code /api/v1/feedback/sensitive}).
     */
    @GetMapping
    CursorPage<Feedback> list(@RequestParam(required = false) @Nullable UUID channel,
                              @RequestParam(required = false) @Nullable FeedbackCategory category,
                              @RequestParam(required = false) @Nullable Integer satisfaction,
                              @RequestParam(required = false) @Nullable FeedbackStatus status,
                              @RequestParam(required = false) @Nullable String language,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              @Nullable LocalDate from,
                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                              @Nullable LocalDate to,
                              @RequestParam(required = false) @Nullable FeedbackType type,
                              @RequestParam(defaultValue = "false") boolean overdue,
                              @RequestParam(required = false) @Nullable UUID practiceId,
                              @RequestParam(required = false) @Nullable String cursor,
                              @RequestParam(defaultValue = "50") int limit) {
        var filter = new FeedbackFilter(channel == null ? null : new FeedbackChannelId(channel), category,
                satisfaction, status, language, from, to, type, overdue, practiceId);
        return feedback.list(filter, cursor, limit);
    }

    /** Open feedback past the organisation's service levels, longest overdue first, in one page. */
    @GetMapping("/overdue")
    CursorPage<Feedback> overdue() {
        return new CursorPage<>(feedback.overdue(), null);
    }

    @GetMapping("/sensitive")
    SensitiveCounts sensitive() {
        boolean focalPoint = CurrentActor.require().hasRole(Role.PROTECTION_FOCAL_POINT);
        return new SensitiveCounts(feedback.hiddenSensitiveCount(),
                focalPoint ? feedback.unacknowledgedSensitiveCount() : null);
    }

    @GetMapping("/{id}")
    ResponseEntity<Feedback> get(@PathVariable UUID id) {
        var item = feedback.get(new FeedbackId(id));
        return ETags.ok(item, item.version());
    }

    /** Feedback received on paper, by phone or in person; answers the receipt to hand to the person. */
    @PostMapping
    ResponseEntity<Receipt> enter(@Valid @RequestBody EnterFeedback command) {
        return ResponseEntity.status(HttpStatus.CREATED).body(feedback.enter(command));
    }

    @PutMapping("/{id}/triage")
    ResponseEntity<Feedback> triage(@PathVariable UUID id,
                                    @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                            required = false) @Nullable String ifMatch,
                                    @Valid @RequestBody Triage triage) {
        var item = feedback.triage(new FeedbackId(id), ETags.expectedVersion(ifMatch), triage);
        return ETags.ok(item, item.version());
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<Feedback> addNote(@PathVariable UUID id, @Valid @RequestBody NewNote note) {
        var item = feedback.addNote(new FeedbackId(id), note.text());
        return ETags.created(URI.create("/api/v1/feedback/" + id), item, item.version());
    }

    @PostMapping("/{id}/referral")
    ResponseEntity<Feedback> refer(@PathVariable UUID id,
                                   @Parameter(required = true) @RequestHeader(name = HttpHeaders.IF_MATCH,
                                           required = false) @Nullable String ifMatch,
                                   @Valid @RequestBody Referral referral) {
        var item = feedback.refer(new FeedbackId(id), ETags.expectedVersion(ifMatch), referral.organisationName(),
                referral.publicReply());
        return ETags.ok(item, item.version());
    }
}
