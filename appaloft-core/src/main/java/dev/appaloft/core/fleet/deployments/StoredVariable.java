package dev.appaloft.core.fleet.deployments;

import dev.appaloft.api.fleet.EnvironmentVariable;
import dev.appaloft.api.fleet.VariableType;
import dev.appaloft.core.secrets.SecretBox;
import java.util.List;

/** A deployment variable at rest: plain values as they are, secret values sealed. */
public record StoredVariable(String name, VariableType type, String value, String sealed, List<String> targetResources) {

    public static StoredVariable seal(EnvironmentVariable v, SecretBox secrets) {
        VariableType type = v.type() == null ? VariableType.PLAIN : v.type();
        return type == VariableType.SECRET
                ? new StoredVariable(v.name(), type, null, secrets.seal(v.value()), v.targetResources())
                : new StoredVariable(v.name(), type, v.value(), null, v.targetResources());
    }

    public EnvironmentVariable open(SecretBox secrets) {
        return new EnvironmentVariable(name, type == VariableType.SECRET ? secrets.open(sealed) : value, type,
                targetResources);
    }

    @Override
    public String toString() {
        return "StoredVariable[name=" + name + ", type=" + type + "]";
    }
}
