package dev.appaloft.core.fleet.releases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.fleet.FleetErrorCodes;
import dev.appaloft.api.fleet.Platform;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a release's stacks by platform: each one a Stack of the spec ({@code {id, resources: {<id>:
 * {config: {id, type, ...}, lifecycle, dependencies}}}}); what a resource's config holds beyond
 * {@code id} and {@code type} is the platform provider's business. Null entries are dropped, an
 * unknown platform or a malformed stack is a {@code BAD_REQUEST} naming the field at fault.
 */
public final class StackShape {

    // the spec's Stack and ResourceEntry allow no other fields; a worker reports the stack back, so
    // what is accepted here must be what reconcile accepts
    private static final java.util.Set<String> STACK_FIELDS = java.util.Set.of("id", "resources", "permissions");
    private static final java.util.Set<String> ENTRY_FIELDS = java.util.Set.of("config", "lifecycle", "dependencies",
            "remoteAccess");
    private static final java.util.Set<String> LIFECYCLES = java.util.Set.of("frozen", "live", "live-on-setup");

    private StackShape() {
    }

    /** The stacks to store: the non-null entries, in the order given. */
    public static ObjectNode check(JsonNode stackByPlatform) {
        List<Issue> issues = new ArrayList<>();
        ObjectNode stacks = JsonNodeFactory.instance.objectNode();
        if (stackByPlatform == null || !stackByPlatform.isObject()) {
            throw invalid(List.of(Issue.required("stack", "object")), "stack must be an object of stacks by platform");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = stackByPlatform.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().isNull()) {
                continue;
            }
            if (!isPlatform(entry.getKey())) {
                issues.add(issue(List.of("stack", entry.getKey()), "unknown platform " + entry.getKey()
                        + " (aws, gcp, azure, kubernetes, local, test)"));
                continue;
            }
            checkStack(entry.getValue(), List.of("stack", entry.getKey()), issues);
            stacks.set(entry.getKey(), entry.getValue());
        }
        if (issues.isEmpty() && stacks.isEmpty()) {
            throw invalid(List.of(issue(List.of("stack"), "No platform stack provided")), "No platform stack provided");
        }
        if (!issues.isEmpty()) {
            throw invalid(issues, "Invalid stack format: " + issues.get(0).dottedPath() + ": " + issues.get(0).message());
        }
        return stacks;
    }

    private static void checkStack(JsonNode stack, List<Object> path, List<Issue> issues) {
        if (!stack.isObject()) {
            issues.add(issue(path, "a stack is an object {id, resources}"));
            return;
        }
        for (Iterator<String> names = stack.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!STACK_FIELDS.contains(name)) {
                issues.add(issue(append(path, name), "a stack has only id, resources and permissions"));
            }
        }
        if (!stack.path("id").isTextual()) {
            issues.add(issue(append(path, "id"), "a stack needs a string id"));
        }
        JsonNode resources = stack.get("resources");
        if (resources == null || !resources.isObject()) {
            issues.add(issue(append(path, "resources"), "a stack needs a resources object"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> resource = it.next();
            List<Object> at = append(append(path, "resources"), resource.getKey());
            JsonNode entry = resource.getValue();
            if (!entry.isObject()) {
                issues.add(issue(at, "a resource entry is an object {config, lifecycle, dependencies}"));
                continue;
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ENTRY_FIELDS.contains(name)) {
                    issues.add(issue(append(at, name), "a resource entry has only config, lifecycle, dependencies and remoteAccess"));
                }
            }
            if (!LIFECYCLES.contains(entry.path("lifecycle").asText(""))) {
                issues.add(issue(append(at, "lifecycle"), "lifecycle must be frozen, live or live-on-setup"));
            }
            if (!entry.path("dependencies").isArray()) {
                issues.add(issue(append(at, "dependencies"), "dependencies must be a list (empty for none)"));
            }
            JsonNode config = entry.path("config");
            if (!config.isObject()) {
                issues.add(issue(append(at, "config"), "a resource entry needs a config object"));
                continue;
            }
            if (!config.path("id").isTextual()) {
                issues.add(issue(append(append(at, "config"), "id"), "a resource config needs a string id"));
            }
            if (!config.path("type").isTextual()) {
                issues.add(issue(append(append(at, "config"), "type"), "a resource config needs a string type"));
            }
        }
    }

    private static boolean isPlatform(String key) {
        for (Platform p : Platform.values()) {
            if (p.wire().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> append(List<Object> path, Object part) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(part);
        return longer;
    }

    private static Issue issue(List<Object> path, String message) {
        return new Issue("custom", path, message, null, null, null);
    }

    private static AppaloftException invalid(List<Issue> issues, String message) {
        return new AppaloftException(FleetErrorCodes.BAD_REQUEST, message, issues, Map.of(), null);
    }
}
