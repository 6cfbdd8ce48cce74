package org.inclusio.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.feedback.FeedbackForm;
import org.inclusio.feedback.IntakeChannel;
import org.inclusio.feedback.PublicChannel;
import org.inclusio.feedback.PublicFeedback;
import org.inclusio.feedback.Receipt;
import org.inclusio.feedback.ReceiptStatus;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * The JSON twin of the public feedback form, for integrations and offline collectors: no authentication, nothing
 * about the caller stored, the same rules as the form. Answers are never cached.
 */
@RestController
@RequestMapping("/api/v1/public/feedback")
@Tag(name = "public feedback")
@SecurityRequirements
class PublicFeedbackController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final PublicFeedback feedback;

    PublicFeedbackController(PublicFeedback feedback) {
        this.feedback = feedback;
    }

    @Operation(summary = "What the form of a channel asks, in which languages, and whether it is open")
    @GetMapping("/{token}")
    ResponseEntity<PublicChannel> channel(@PathVariable String token) {
        return noStore(HttpStatus.OK, feedback.channel(token)
                .orElseThrow(() -> new NotFoundException("Feedback channel")));
    }

    /**
     * Stores one submission with the day only and answers the receipt code (shown once, stored only as a hash) and
     * the day an answer is due. With {@code Idempotency-Key} a retry answers the same receipt and stores nothing.
     */
    @Operation(summary = "Submit feedback anonymously")
    @PostMapping("/{token}")
    ResponseEntity<Receipt> submit(@PathVariable String token,
                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
                                   @Valid @RequestBody FeedbackForm form) {
        if (key == null) {
            return noStore(HttpStatus.CREATED, feedback.submit(token, IntakeChannel.API, form));
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidInputException(IDEMPOTENCY_KEY, "Use 1 to 200 visible ASCII characters, such as a "
                    + "random UUID.");
        }
        return noStore(HttpStatus.CREATED, feedback.submitOnce(token, IntakeChannel.API, form, key));
    }

    @Operation(summary = "The status of a submission and the organisation's public reply, by receipt code")
    @GetMapping("/status/{receiptCode}")
    ResponseEntity<ReceiptStatus> status(@PathVariable String receiptCode) {
        return noStore(HttpStatus.OK, feedback.status(receiptCode)
                .orElseThrow(() -> new NotFoundException("Receipt")));
    }

    private static <T> ResponseEntity<T> noStore(HttpStatus status, T body) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(body);
    }
}
