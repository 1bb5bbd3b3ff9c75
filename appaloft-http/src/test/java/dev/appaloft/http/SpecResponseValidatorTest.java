package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator the HTTP scenarios rely on really holds responses to the spec, constants included. */
class SpecResponseValidatorTest {

    private static final String CANCEL = "/api/deployments/dep_1/cancel";

    @Test
    void aResponseThatFollowsTheSpecHasNoProblems() {
        assertThat(SpecResponseValidator.problems("POST", CANCEL, 200,
                "{\"id\":\"dep_1\",\"status\":\"canceled\",\"canceledAt\":\"2026-12-07T12:00:00Z\"}")).isEmpty();
    }

    @Test
    void aValueOtherThanTheSpecsConstantIsAProblem() {
        assertThat(SpecResponseValidator.problems("POST", CANCEL, 200,
                "{\"id\":\"dep_1\",\"status\":\"running\",\"canceledAt\":\"2026-12-07T12:00:00Z\"}")).contains("status");
    }

    @Test
    void aFieldTheSpecDoesNotNameIsAProblem() {
        assertThat(SpecResponseValidator.problems("POST", CANCEL, 200,
                "{\"id\":\"dep_1\",\"status\":\"canceled\",\"canceledAt\":\"2026-12-07T12:00:00Z\",\"x\":1}")).contains("x");
    }

    @Test
    void aValueOfTheWrongTypeIsAProblem() {
        assertThat(SpecResponseValidator.problems("POST", CANCEL, 200,
                "{\"id\":5,\"status\":\"canceled\",\"canceledAt\":\"2026-12-07T12:00:00Z\"}")).contains("id");
    }

    @Test
    void theAlienSpecIsCheckedTooTypesIncluded() {
        assertThat(SpecResponseValidator.problems("GET", "/health", 200, "{\"status\":\"ok\"}")).isEmpty();
        assertThat(SpecResponseValidator.problems("GET", "/health", 200, "{\"status\":1}")).isNotEmpty();
    }
}
