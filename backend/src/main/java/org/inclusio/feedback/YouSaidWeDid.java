package org.inclusio.feedback;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A change the organisation made because of feedback, published on its public "you said, we did" page.
 *
 * @param youSaid  what people said, by language code
 * @param weDid    what changed, by language code
 * @param basedOn  the feedback behind it (staff only; never published)
 */
public record YouSaidWeDid(YouSaidWeDidId id, long version, Details details, LocalDate publishedOn,
                           List<FeedbackId> basedOn) {

    public YouSaidWeDid {
        basedOn = List.copyOf(basedOn);
    }

    /** What a manager writes. */
    public record Details(@NotEmpty Map<String, @Size(max = 1000) String> youSaid,
                          @NotEmpty Map<String, @Size(max = 2000) String> weDid, @NotNull LocalDate publishedOn,
                          @Size(max = 500) List<FeedbackId> basedOn) {

        public Details {
            youSaid = Map.copyOf(youSaid);
            weDid = Map.copyOf(weDid);
            basedOn = List.copyOf(basedOn);
        }
    }

    /** One entry as the public page shows it, in one language. */
    public record Published(LocalDate publishedOn, String youSaid, String weDid) {
    }
}
