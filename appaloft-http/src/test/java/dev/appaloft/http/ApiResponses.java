package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Assertions on API answers that most HTTP scenarios share. */
public final class ApiResponses {

    private ApiResponses() {
    }

    /** The id of what a 201 answer created (fails the test on any other answer). */
    public static String id(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body().get("id").asText();
    }

    /** The fields a 400 answer names (its validation issues' paths, or any path it carries). */
    public static List<String> fields(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().path("error").path("details").path("issues").forEach(i -> fields.add(i.path("path").path(0).asText()));
        if (fields.isEmpty()) {
            response.body().findValues("path").forEach(p -> fields.add(p.path(0).asText()));
        }
        return fields;
    }
}
