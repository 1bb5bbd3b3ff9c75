package dev.appaloft.core.deployments.compose;

import dev.appaloft.api.resources.ResourceService;
import java.util.Locale;

/**
 * A service a compose file declares.
 *
 * @param image its image, when it names one
 * @param build whether it has a {@code build:} context
 * @param line the line its name is on
 */
public record ComposeService(String name, String image, boolean build, int line) {

    /**
     * The resource's view of the service: the routed one is {@code web}; an image that is plainly a
     * database or a cache says so; anything else is a {@code service}.
     */
    public ResourceService asResourceService(boolean routed) {
        if (routed) {
            return new ResourceService(name, ResourceService.Kind.WEB);
        }
        String repository = image == null ? "" : image.toLowerCase(Locale.ROOT);
        // registry.example.com:5000/library/postgres:16@sha256:... -> postgres
        String base = repository.substring(repository.lastIndexOf('/') + 1).replaceAll("[:@].*$", "");
        ResourceService.Kind kind = switch (base) {
            case "postgres", "postgresql", "mysql", "mariadb", "mongo", "mongodb" -> ResourceService.Kind.DATABASE;
            case "redis", "valkey", "memcached", "keydb" -> ResourceService.Kind.CACHE;
            default -> ResourceService.Kind.SERVICE;
        };
        return new ResourceService(name, kind);
    }
}
