package dev.appaloft.http.binding;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appaloft.http.spec.ParameterSpec;
import java.util.List;
import java.util.Map;

/**
 * Query parameters of {@code style: deepObject}: {@code scope[kind]=resource&scope[resourceId]=r1}
 * becomes the object {@code {"kind":"resource","resourceId":"r1"}}. The spec also declares the
 * flat dotted form ({@code scope.kind=resource}) as parameters of their own: both fold into the one
 * object, so an operation sees a single {@code scope} whichever form the client wrote. Values stay
 * strings; the object's schema checks them.
 */
final class DeepObjects {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DeepObjects() {
    }

    /** The object written for {@code param}, or null when the query holds none of its keys. */
    static ObjectNode collect(ParameterSpec param, Map<String, List<String>> query) {
        ObjectNode object = null;
        String bracket = param.name() + "[";
        String dotted = param.name() + ".";
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String key = e.getKey();
            String field = null;
            if (key.startsWith(bracket) && key.endsWith("]") && key.length() > bracket.length() + 1) {
                field = key.substring(bracket.length(), key.length() - 1);
            } else if (key.startsWith(dotted) && key.length() > dotted.length()) {
                field = key.substring(dotted.length());
            }
            if (field == null || field.contains("[") || field.contains(".") || e.getValue().isEmpty()) {
                continue;
            }
            if (object == null) {
                object = NODES.objectNode();
            }
            object.put(field, e.getValue().get(e.getValue().size() - 1));
        }
        return object;
    }

    /** Whether {@code param} is the dotted form of one of the deep objects (folded into it, not bound alone). */
    static boolean foldedInto(ParameterSpec param, List<ParameterSpec> all) {
        int dot = param.name().indexOf('.');
        if (dot <= 0) {
            return false;
        }
        String owner = param.name().substring(0, dot);
        return all.stream().anyMatch(p -> p.deepObject() && p.name().equals(owner));
    }
}
