package dev.appaloft.core.deployments.compose;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.error.Issue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A compose file read only as far as Appaloft needs: is it a compose file the Compose CLI can be
 * given (a mapping with a non-empty {@code services} mapping, each service with an image or a
 * build context), which services does it declare, and may two deployments of it run side by side
 * (the zero-downtime switch runs the new project beside the old one, so a fixed
 * {@code container_name} cannot work). Everything else is the Compose CLI's business: this is
 * not an interpreter. Errors answer {@code compose_file_invalid} (422) naming the line.
 *
 * <p>The YAML is composed into nodes (SnakeYAML, the engine of Jackson's YAML module) rather than
 * bound to a tree: nodes keep the line of every key and resolve anchors and merge keys
 * ({@code <<: *defaults}), which compose files use a lot.
 */
public final class ComposeFile {

    public static final ErrorCode COMPOSE_FILE_INVALID = new ErrorCode("compose_file_invalid", 422, false);
    /** A compose file larger than this is refused before parsing. */
    static final int MAX_CHARS = 512 * 1024;
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");

    private final String version;
    private final List<ComposeService> services;

    private ComposeFile(String version, List<ComposeService> services) {
        this.version = version;
        this.services = List.copyOf(services);
    }

    /** The file's {@code version}, when it declares one (the Compose Specification does not need it). */
    public String version() {
        return version;
    }

    public List<ComposeService> services() {
        return services;
    }

    public List<String> serviceNames() {
        return services.stream().map(ComposeService::name).toList();
    }

    /**
     * @param field the input field the file came from, named in the errors
     * @throws AppaloftException {@code compose_file_invalid} naming the line
     */
    public static ComposeFile parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw invalid(field, "the compose file is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw invalid(field, "the compose file is larger than " + MAX_CHARS / 1024 + " KiB");
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(200); // a "billion laughs" file is refused, not expanded
            options.setCodePointLimit(MAX_CHARS * 2);
            root = new Yaml(options).compose(new java.io.StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw invalid(field, at(mark) + "the compose file is not valid YAML: " + firstLine(problem));
        } catch (YAMLException e) {
            throw invalid(field, "the compose file is not valid YAML: " + firstLine(e.getMessage()));
        }
        if (!(root instanceof MappingNode top)) {
            throw invalid(field, (root == null ? "" : at(root.getStartMark()))
                    + "a compose file is a mapping with a 'services' key");
        }
        Map<String, NodeTuple> keys = keys(field, top);
        NodeTuple servicesEntry = keys.get("services");
        if (servicesEntry == null) {
            throw invalid(field, at(top.getStartMark()) + "the compose file has no 'services'");
        }
        if (!(servicesEntry.getValueNode() instanceof MappingNode servicesNode) || servicesNode.getValue().isEmpty()) {
            throw invalid(field, at(servicesEntry.getKeyNode().getStartMark())
                    + "'services' must map service names to their definitions, and name at least one");
        }
        List<ComposeService> services = new ArrayList<>();
        keys(field, servicesNode); // duplicate service names are refused
        for (NodeTuple entry : servicesNode.getValue()) {
            services.add(service(field, entry));
        }
        NodeTuple versionEntry = keys.get("version");
        String version = versionEntry != null && versionEntry.getValueNode() instanceof ScalarNode v ? v.getValue() : null;
        return new ComposeFile(version, services);
    }

    private static ComposeService service(String field, NodeTuple entry) {
        Node keyNode = entry.getKeyNode();
        String where = at(keyNode.getStartMark());
        if (!(keyNode instanceof ScalarNode key) || !SERVICE_NAME.matcher(key.getValue()).matches()) {
            throw invalid(field, where + "a service name is letters, digits, '.', '_' or '-'");
        }
        String name = key.getValue();
        if (!(entry.getValueNode() instanceof MappingNode definition)) {
            throw invalid(field, where + "service '" + name + "' must be a mapping (image, build, ...)");
        }
        Map<String, NodeTuple> keys = keys(field, definition);
        String image = scalar(keys.get("image"));
        boolean build = keys.containsKey("build");
        if (image == null && !build) {
            throw invalid(field, where + "service '" + name + "' has neither an image nor a build context");
        }
        if (keys.containsKey("container_name")) {
            throw invalid(field, at(keys.get("container_name").getKeyNode().getStartMark()) + "service '" + name
                    + "' sets container_name: a redeploy starts the new stack beside the running one, and two "
                    + "containers cannot have the same name; remove it (services find each other by service name)");
        }
        return new ComposeService(name, image, build, keyNode.getStartMark().getLine() + 1);
    }

    /**
     * Keys of a mapping, with YAML merge keys ({@code <<: *defaults}, or a list of them) applied as
     * YAML says: the mapping's own keys win, then the merged mappings in order. The composer keeps
     * merges as they are written (only a constructor flattens them), and it allows duplicate keys,
     * which the Compose CLI refuses: both are handled here.
     */
    private static Map<String, NodeTuple> keys(String field, MappingNode node) {
        Map<String, NodeTuple> own = new LinkedHashMap<>();
        List<MappingNode> merged = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            if (key.getValue().equals("<<") && key.getTag().equals(org.yaml.snakeyaml.nodes.Tag.MERGE)) {
                Node value = tuple.getValueNode();
                if (value instanceof MappingNode m) {
                    merged.add(m);
                } else if (value instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
                    seq.getValue().stream().filter(MappingNode.class::isInstance).map(MappingNode.class::cast)
                            .forEach(merged::add);
                }
                continue;
            }
            if (own.put(key.getValue(), tuple) != null) {
                throw invalid(field, at(key.getStartMark()) + "duplicate key '" + key.getValue() + "'");
            }
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>(own);
        for (MappingNode m : merged) {
            keys(field, m).forEach(keys::putIfAbsent);
        }
        return keys;
    }

    private static String scalar(NodeTuple tuple) {
        return tuple != null && tuple.getValueNode() instanceof ScalarNode s && !s.getValue().isBlank() ? s.getValue() : null;
    }

    private static String at(Mark mark) {
        return mark == null ? "" : "line " + (mark.getLine() + 1) + ": ";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    static AppaloftException invalid(String field, String message) {
        return new AppaloftException(COMPOSE_FILE_INVALID, message, List.of(new Issue("custom",
                java.util.Arrays.<Object>asList((Object[]) field.split("\\.")), message, null, null, null)),
                Map.of(), null);
    }

    /**
     * The service the edge proxy routes to: the named one, or the only one. A name the file does
     * not declare, or none for a file with several services, answers a validation error naming
     * {@code networkProfile.targetServiceName}.
     */
    public ComposeService target(String targetServiceName) {
        if (targetServiceName == null) {
            if (services.size() == 1) {
                return services.get(0);
            }
            throw targetInvalid("the compose file declares " + services.size() + " services ("
                    + String.join(", ", serviceNames()) + "): name the one the proxy routes to");
        }
        return services.stream().filter(s -> s.name().equals(targetServiceName)).findFirst()
                .orElseThrow(() -> targetInvalid("the compose file declares no service '" + targetServiceName
                        + "' (it declares " + String.join(", ", serviceNames()) + ")"));
    }

    private static AppaloftException targetInvalid(String message) {
        return new AppaloftException(ErrorCode.VALIDATION_ERROR, message, List.of(new Issue("custom",
                List.of("networkProfile", "targetServiceName"), message, null, null, null)), Map.of(), null);
    }
}
