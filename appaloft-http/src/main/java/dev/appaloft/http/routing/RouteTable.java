package dev.appaloft.http.routing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the route of a request by walking a tree of path segments: cost grows with the depth of
 * the path, not with the number of routes (a regex per route per request costs 273 matches).
 * A literal segment wins over a parameter ({@code /projects/count} before {@code /projects/{id}}),
 * with backtracking when the literal branch has no route.
 *
 * @param <R> what a route resolves to (the operation's handler)
 */
public final class RouteTable<R> {

    /** The HTTP methods routes can have. */
    public enum Method { GET, POST, PUT, PATCH, DELETE }

    /** The outcome of a lookup: a route with its decoded path parameters, or why there is none. */
    public record Match<R>(R route, Map<String, String> pathParams, Set<Method> allowed) {

        public boolean found() {
            return route != null;
        }

        /** The path exists, but not for this method. */
        public boolean methodNotAllowed() {
            return route == null && !allowed.isEmpty();
        }
    }

    private static final class Node<R> {
        final Map<String, Node<R>> literals = new HashMap<>();
        Node<R> parameter;
        String parameterName;
        final Map<Method, R> routes = new EnumMap<>(Method.class);
    }

    private final Node<R> root = new Node<>();

    /** Adds {@code route} at a template such as {@code /api/projects/{projectId}}. */
    public void add(Method method, String template, R route) {
        Node<R> node = root;
        for (String segment : split(template)) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (node.parameter == null) {
                    node.parameter = new Node<>();
                    node.parameterName = name;
                } else if (!node.parameterName.equals(name)) {
                    throw new IllegalArgumentException("conflicting parameter names at " + template + ": "
                            + node.parameterName + " and " + name);
                }
                node = node.parameter;
            } else {
                node = node.literals.computeIfAbsent(segment, s -> new Node<>());
            }
        }
        if (node.routes.putIfAbsent(method, route) != null) {
            throw new IllegalArgumentException("two routes for " + method + " " + template);
        }
    }

    public Match<R> find(Method method, String path) {
        List<String> segments = split(path);
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Node<R> node = walk(root, segments, 0, method, names, values);
        if (node == null) {
            Node<R> anyMethod = walk(root, segments, 0, null, names, values);
            return new Match<>(null, Map.of(), anyMethod == null ? Set.of() : new TreeSet<>(anyMethod.routes.keySet()));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), values.get(i));
        }
        return new Match<>(node.routes.get(method), params, Set.of());
    }

    // method null: any node with at least one route
    private Node<R> walk(Node<R> node, List<String> segments, int index, Method method, List<String> names,
                         List<String> values) {
        if (index == segments.size()) {
            boolean hit = method == null ? !node.routes.isEmpty() : node.routes.containsKey(method);
            return hit ? node : null;
        }
        String segment = segments.get(index);
        Node<R> literal = node.literals.get(segment);
        if (literal != null) {
            Node<R> found = walk(literal, segments, index + 1, method, names, values);
            if (found != null) {
                return found;
            }
        }
        if (node.parameter != null && !segment.isEmpty()) {
            names.add(node.parameterName);
            values.add(decode(segment));
            Node<R> found = walk(node.parameter, segments, index + 1, method, names, values);
            if (found != null) {
                return found;
            }
            names.remove(names.size() - 1);
            values.remove(values.size() - 1);
        }
        return null;
    }

    private static List<String> split(String path) {
        List<String> segments = new ArrayList<>(8);
        int start = path.startsWith("/") ? 1 : 0;
        int end = path.endsWith("/") && path.length() > 1 ? path.length() - 1 : path.length();
        if (start >= end) {
            return segments;
        }
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || path.charAt(i) == '/') {
                segments.add(path.substring(from, i));
                from = i + 1;
            }
        }
        return segments;
    }

    private static String decode(String segment) {
        return segment.indexOf('%') < 0 ? segment
                : URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
