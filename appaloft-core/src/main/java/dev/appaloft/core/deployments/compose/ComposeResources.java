package dev.appaloft.core.deployments.compose;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.ResourceService;
import dev.appaloft.api.resources.SourceBinding;
import java.util.List;
import java.util.Map;

/**
 * What {@code resources.create} checks of a compose stack whose file it can read (an inline one):
 * the file is valid, {@code networkProfile.targetServiceName} names one of its services, and the
 * resource reports its services (the given ones must be declared). A file in a folder or a
 * repository is read, and checked the same way, when a deployment reads the source.
 */
public final class ComposeResources {

    private ComposeResources() {
    }

    /** The resource's services: the given ones (checked against the file), else the file's. */
    public static List<ResourceService> services(SourceBinding source, NetworkProfile network,
                                                 List<ResourceService> given) {
        String content = inlineContent(source);
        if (content == null) {
            return given;
        }
        ComposeFile file = ComposeFile.parse(content, "source.metadata.content");
        ComposeService target = file.target(network == null ? null : network.targetServiceName());
        if (!given.isEmpty()) {
            for (ResourceService s : given) {
                if (!file.serviceNames().contains(s.name())) {
                    throw AppaloftException.validation("services", "the compose file declares no service '" + s.name()
                            + "' (it declares " + String.join(", ", file.serviceNames()) + ")");
                }
            }
            return given;
        }
        return file.services().stream().map(s -> s.asResourceService(s.name().equals(target.name()))).toList();
    }

    private static String inlineContent(SourceBinding source) {
        if (source == null || source.kind() != SourceBinding.Kind.DOCKER_COMPOSE_INLINE) {
            return null;
        }
        Map<String, Object> metadata = source.metadata();
        Object content = metadata == null ? null : metadata.get("content");
        return content instanceof String text ? text : null;
    }
}
