package dev.appaloft.api.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The single list of what the product can do: every operation of both specs. */
public final class OperationCatalog {

    private static final List<Operation<?, ?>> ALL;
    private static final Map<String, Operation<?, ?>> BY_KEY;

    static {
        List<Operation<?, ?>> all = new ArrayList<>(AppaloftOperations.ALL);
        all.addAll(AlienOperations.ALL);
        ALL = Collections.unmodifiableList(all);
        Map<String, Operation<?, ?>> byKey = new LinkedHashMap<>();
        for (Operation<?, ?> op : all) {
            if (byKey.put(op.key(), op) != null) {
                throw new IllegalStateException("duplicate operation key " + op.key());
            }
        }
        BY_KEY = Collections.unmodifiableMap(byKey);
    }

    private OperationCatalog() {
    }

    public static List<Operation<?, ?>> all() {
        return ALL;
    }

    public static Optional<Operation<?, ?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
