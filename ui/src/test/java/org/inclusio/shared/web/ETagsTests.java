package org.inclusio.shared.web;

import org.inclusio.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link ETags} and the 412/428 answers of {@link ApiProblems}, through Spring MVC with a controller that follows the
 * recipe every feature uses (no feature has a versioned resource on the API yet).
 */
class ETagsTests {

    record Note(String text, long version) {
    }

    /** One versioned resource; the "service" checks the expected version like a feature service does. */
    @RestController
    static class NoteController {

        private Note note = new Note("first", 3);

        @GetMapping("/api/v1/notes/1")
        ResponseEntity<Note> get() {
            return ETags.ok(note, note.version());
        }

        @PutMapping("/api/v1/notes/1")
        ResponseEntity<Note> update(
                @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
                @RequestBody String text) {
            long expected = ETags.expectedVersion(ifMatch);
            StaleVersionException.requireVersion(expected, note.version());
            note = new Note(text, note.version() + 1);
            return ETags.ok(note, note.version());
        }

        @PutMapping("/api/v1/notes/2")
        Note lostRace() {
            throw new ObjectOptimisticLockingFailureException(Note.class, 2);
        }
    }

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new NoteController()).setControllerAdvice(new ApiProblems()).build();
    }

    @Test
    void answersCarryTheVersionAsAStrongETag() throws Exception {
        mvc.perform(get("/api/v1/notes/1")).andExpect(status().isOk()).andExpect(header().string("ETag", "\"3\""));
    }

    @Test
    void anUpdateWithTheCurrentVersionSucceedsAndAnswersTheNewOne() throws Exception {
        mvc.perform(put("/api/v1/notes/1").header(HttpHeaders.IF_MATCH, "\"3\"").content("second"))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"4\""))
                .andExpect(jsonPath("$.text").value("second"));
    }

    @Test
    void anUpdateWithoutIfMatchIsPreconditionRequired() throws Exception {
        mvc.perform(put("/api/v1/notes/1").content("second"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/notes/1")).andExpect(jsonPath("$.text").value("first"));
    }

    @Test
    void anUpdateFromAnotherVersionIsPreconditionFailed() throws Exception {
        for (String stale : new String[] {"\"2\"", "W/\"3\"", "*", "\"3\", \"4\"", "3", "\"99999999999999999999\""}) {
            mvc.perform(put("/api/v1/notes/1").header(HttpHeaders.IF_MATCH, stale).content("second"))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/notes/1")).andExpect(jsonPath("$.text").value("first"));
    }

    @Test
    void aLostOptimisticLockIsPreconditionFailedWithoutDetails() throws Exception {
        mvc.perform(put("/api/v1/notes/2").header(HttpHeaders.IF_MATCH, "\"1\""))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(not(containsString("Note"))));
    }
}
