package org.inclusio.consultation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.inclusio.consultation.CreateFollowUp;
import org.inclusio.consultation.FollowUp;
import org.inclusio.consultation.FollowUpId;
import org.inclusio.consultation.FollowUpService;
import org.inclusio.shared.CursorPage;
import org.inclusio.shared.InvalidInputException;
import org.inclusio.shared.web.ETags;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/follow-ups")
@Tag(name = "follow-ups")
class FollowUpController {

    private final FollowUpService followUps;

    FollowUpController(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @Operation(summary = "Follow-ups, soonest due first; ?mine=true: the caller's open ones; ?overdue=true: every "
            + "open one due before today (both in one page)")
    CursorPage<FollowUp> list(@RequestParam(defaultValue = "false") boolean mine,
                            @RequestParam(defaultValue = "false") boolean overdue,
                            @RequestParam(required = false) @Nullable String cursor,
                            @RequestParam(defaultValue = "50") int limit) {
        if (mine && overdue) {
            throw new InvalidInputException("overdue", "ask for mine or overdue, not both");
        }
        if (mine) {
            return new CursorPage<>(followUps.mine(), null);
        }
        if (overdue) {
            return new CursorPage<>(followUps.overdue(), null);
        }
        return followUps.list(cursor, limit);
    }

    @GetMapping("/{id}")
    ResponseEntity<FollowUp> get(@PathVariable UUID id) {
        var followUp = followUps.get(new FollowUpId(id));
        return ETags.ok(followUp, followUp.version());
    }

    @PostMapping
    ResponseEntity<FollowUp> create(@Valid @RequestBody CreateFollowUp command) {
        var followUp = followUps.create(command);
        return ETags.created(URI.create("/api/v1/follow-ups/" + followUp.id()), followUp, followUp.version());
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Mark a follow-up done (again: no change)")
    ResponseEntity<FollowUp> complete(@PathVariable UUID id) {
        var followUp = followUps.complete(new FollowUpId(id));
        return ETags.ok(followUp, followUp.version());
    }
}
