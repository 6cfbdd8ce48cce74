package org.inclusio.shared.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.sql.SQLTransientConnectionException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How {@link ApiProblems} answers a request the database cannot serve now, as a saturated pool does under load. */
class ApiProblemsTests {

    @RestController
    static class BusyController {

        @GetMapping("/api/v1/busy/jdbc")
        String jdbc() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException(
                            "inclusio-pool - Connection is not available, request timed out after 5000ms"));
        }

        @GetMapping("/api/v1/busy/jpa")
        String jpa() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction");
        }
    }

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.standaloneSetup(new BusyController()).setControllerAdvice(new ApiProblems()).build();
    }

    @Test
    void aSaturatedConnectionPoolIsServiceUnavailableWithRetryAfterAndNoInternals() throws Exception {
        for (String path : new String[] {"/api/v1/busy/jdbc", "/api/v1/busy/jpa"}) {
            mvc.perform(get(path))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("The service is busy; try again in a few seconds."))
                    .andExpect(content().string(not(containsString("pool"))))
                    .andExpect(content().string(not(containsString("JDBC"))));
        }
    }
}
