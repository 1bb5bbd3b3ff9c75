package dev.appaloft.core.work;

import dev.appaloft.api.operatorwork.OperatorWorkKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The kinds of work this process runs, by queue name. */
public final class WorkKinds {

    private final Map<String, WorkKind> kinds = new ConcurrentHashMap<>();
    private final Map<String, WorkDetails> details = new ConcurrentHashMap<>();

    public void register(WorkKind kind) {
        if (kinds.putIfAbsent(kind.name(), kind) != null) {
            throw new IllegalStateException("work kind registered twice: " + kind.name());
        }
    }

    /** What {@code operatorWork.show} adds about items of the registered kind {@code name}. */
    public void describe(String name, WorkDetails value) {
        if (!kinds.containsKey(name)) {
            throw new IllegalStateException("no work kind " + name + " is registered");
        }
        details.put(name, value);
    }

    public Optional<WorkDetails> details(String name) {
        return Optional.ofNullable(details.get(name));
    }

    public Optional<WorkKind> find(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    public Set<String> names() {
        return Set.copyOf(kinds.keySet());
    }

    /** The queue names of the kinds operators see as {@code operatorKind}. */
    public Set<String> namesOf(OperatorWorkKind operatorKind) {
        return kinds.values().stream().filter(k -> k.operatorKind() == operatorKind).map(WorkKind::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** How operators see an item of {@code name}; a kind this process does not run reads as {@code system}. */
    public OperatorWorkKind operatorKind(String name) {
        WorkKind kind = kinds.get(name);
        return kind == null ? OperatorWorkKind.SYSTEM : kind.operatorKind();
    }
}
