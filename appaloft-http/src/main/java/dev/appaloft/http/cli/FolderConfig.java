package dev.appaloft.http.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What {@code up} remembers in a folder ({@code .appaloft/config.json}): the server it deployed to and the
 * ids of the project, environment, resource and target server it created or found there, so the next
 * {@code up}, {@code status}, {@code logs} ... in the folder reuse them. Ids are kept per server URL:
 * ids of another server mean nothing here and are not reused.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FolderConfig(String server, String projectId, String environmentId, String resourceId, String serverId,
                           String lastDeploymentId) {

    public static final FolderConfig EMPTY = new FolderConfig(null, null, null, null, null, null);

    public static Path file(Path folder) {
        return folder.resolve(".appaloft").resolve("config.json");
    }

    /** The folder's config for {@code server}: empty when there is none or it belongs to another server. */
    public static FolderConfig read(Path folder, String server) {
        Path file = file(folder);
        if (!Files.isRegularFile(file)) {
            return EMPTY.withServer(server);
        }
        try {
            FolderConfig config = ApiClient.JSON.readValue(file.toFile(), FolderConfig.class);
            return server.equals(config.server()) ? config : EMPTY.withServer(server);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot read " + file + " (" + e.getMessage() + "); fix or delete it");
        }
    }

    public void write(Path folder) {
        Path file = file(folder);
        try {
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(file.getParent(), ".config", ".tmp");
            try {
                ApiClient.JSON.writerWithDefaultPrettyPrinter().writeValue(draft.toFile(), this);
                Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(draft);
            }
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, "cannot write " + file + ": " + e.getMessage());
        }
    }

    public FolderConfig withServer(String value) {
        return new FolderConfig(value, projectId, environmentId, resourceId, serverId, lastDeploymentId);
    }

    public FolderConfig withProject(String value) {
        return new FolderConfig(server, value, environmentId, resourceId, serverId, lastDeploymentId);
    }

    public FolderConfig withEnvironment(String value) {
        return new FolderConfig(server, projectId, value, resourceId, serverId, lastDeploymentId);
    }

    public FolderConfig withResource(String value) {
        return new FolderConfig(server, projectId, environmentId, value, serverId, lastDeploymentId);
    }

    public FolderConfig withServerId(String value) {
        return new FolderConfig(server, projectId, environmentId, resourceId, value, lastDeploymentId);
    }

    public FolderConfig withLastDeployment(String value) {
        return new FolderConfig(server, projectId, environmentId, resourceId, serverId, value);
    }
}
