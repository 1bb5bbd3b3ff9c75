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
 * Checks a release's stacks by platform: each one a Stack ({@code {id, resources: {<id>:
 * {config: {id, type, ...}, lifecycle, dependencies}}}}); what a resource's config holds beyond
 * {@code id} and {@code type} is the platform provider's business. Null entries are dropped, an
 * unknown platform or a malformed stack is a {@code BAD_REQUEST} naming the field at fault.
 */
public final class StackShape {

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
            JsonNode config = resource.getValue().path("config");
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
