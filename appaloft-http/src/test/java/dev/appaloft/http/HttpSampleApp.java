package dev.appaloft.http;

import static dev.appaloft.http.ApiResponses.id;

/**
 * What most HTTP scenarios start from, made over the API: a project, its production environment,
 * a docker-image resource listening on 8080, and a local-shell server.
 */
public record HttpSampleApp(String project, String env, String resource, String serverId) {

    public static HttpSampleApp create(ApiClient api) {
        String project = id(api.post("/api/projects", "{\"name\":\"shop\"}"));
        String env = id(api.post("/api/environments", "{\"projectId\":\"" + project
                + "\",\"name\":\"production\",\"kind\":\"production\"}"));
        String resource = id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(project, env)));
        String server = id(api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}"));
        return new HttpSampleApp(project, env, resource, server);
    }
}
