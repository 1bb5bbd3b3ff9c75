package dev.appaloft.http.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds or creates what a folder deploys into: the project, environment, resource and target server,
 * reusing the ids the folder remembers (when they still exist), else a record of the same name, else a
 * new one. Each id is written to the folder's config as soon as it is known, so an interrupted
 * {@code up} resumes with what it made instead of making it twice.
 */
final class FolderTargets {

    private final ApiClient api;
    private final Path folder;
    private final Output out;
    private FolderConfig config;

    FolderTargets(ApiClient api, Path folder, FolderConfig config, Output out) {
        this.api = api;
        this.folder = folder;
        this.config = config;
        this.out = out;
    }

    FolderConfig config() {
        return config;
    }

    void project(String name) {
        String id = existing(config.projectId(), "/api/projects/", n -> n.path("id").asText(null));
        if (id == null) {
            id = createOrFind("project", name, () -> api.post("/api/projects", ApiClient.object("name", name)),
                    () -> api.get("/api/projects?limit=500"));
        }
        remember(config.withProject(id));
    }

    void environment(String name) {
        String id = existing(config.environmentId(), "/api/environments/", n -> config.projectId().equals(
                n.path("projectId").asText()) ? n.path("id").asText(null) : null);
        if (id == null) {
            String kind = name.equals("production") || name.equals("staging") ? name : "development";
            id = createOrFind("environment", name, () -> api.post("/api/environments", ApiClient.object(
                    "projectId", config.projectId(), "name", name, "kind", kind)),
                    () -> api.get(ApiClient.query("/api/environments", "projectId", config.projectId(), "limit", 500)));
        }
        remember(config.withEnvironment(id));
    }

    void resource(String name, SourceDetection detection) {
        String id = existing(config.resourceId(), "/api/resources/", n -> config.environmentId().equals(
                n.path("environmentId").asText(n.at("/resource/environmentId").asText())) ? config.resourceId() : null);
        if (id == null) {
            id = createOrFind("resource", name, () -> api.post("/api/resources", detection.resourceBody(
                    config.projectId(), config.environmentId(), name, folder)),
                    () -> api.get(ApiClient.query("/api/resources", "projectId", config.projectId(), "environmentId",
                            config.environmentId(), "limit", 500)));
        }
        remember(config.withResource(id));
    }

    /** The named server, the remembered one, the first local-shell server, or a new local-shell server. */
    void server(String named) {
        String id = named != null ? named : existing(config.serverId(), "/api/servers/", n -> config.serverId());
        if (id == null) {
            for (JsonNode s : api.get("/api/servers?limit=500").path("items")) {
                if ("local-shell".equals(s.path("providerKey").asText())) {
                    id = s.path("id").asText();
                    break;
                }
            }
        }
        if (id == null) {
            id = api.post("/api/servers", ApiClient.object("name", "this host", "host", "localhost",
                    "providerKey", "local-shell")).path("id").asText();
            out.progress("registered this host as server " + id);
        }
        remember(config.withServerId(id));
    }

    void deployment(String id) {
        remember(config.withLastDeployment(id));
    }

    private void remember(FolderConfig next) {
        if (!next.equals(config)) {
            config = next;
            config.write(folder);
        }
    }

    /** The remembered id when it still exists (and {@code check} accepts it), else null. */
    private String existing(String id, String path, Function<JsonNode, String> check) {
        if (id == null) {
            return null;
        }
        try {
            return check.apply(api.get(path + ApiClient.segment(id)));
        } catch (CliFailure e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    /**
     * Creates the record; when its name is taken (409) the existing one of that name is used: a first
     * {@code up} costs one call per record, a second folder of the same name joins the same records.
     */
    private String createOrFind(String what, String name, java.util.function.Supplier<JsonNode> create,
                                java.util.function.Supplier<JsonNode> list) {
        try {
            String id = create.get().path("id").asText();
            out.progress("created " + what + " " + name + " (" + id + ")");
            return id;
        } catch (CliFailure e) {
            if (e.httpStatus() != 409) {
                throw e;
            }
            String id = byName(list.get(), name);
            if (id == null) {
                throw e;
            }
            out.progress("using the existing " + what + " " + name + " (" + id + ")");
            return id;
        }
    }

    private static String byName(JsonNode list, String name) {
        for (JsonNode item : list.path("items")) {
            if (name.equals(item.path("name").asText())) {
                return item.path("id").asText();
            }
        }
        return null;
    }

    /** A resource or project name from a folder name: lower case, letters, digits and dashes. */
    static String nameOf(Path folder) {
        Path file = folder.getFileName();
        String raw = file == null ? "app" : file.toString();
        String name = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "app" : name.length() > 40 ? name.substring(0, 40).replaceAll("-+$", "") : name;
    }
}
