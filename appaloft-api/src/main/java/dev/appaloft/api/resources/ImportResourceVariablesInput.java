package dev.appaloft.api.resources;

import dev.appaloft.api.variables.VariableExposure;
import java.util.List;

/**
 * {@code resources.importVariables}: {@code .env} text. Keys listed in {@code secretKeys} are
 * stored as secrets, keys in {@code plainKeys} as plain values; a key whose name says it holds a
 * credential (PASSWORD, SECRET, TOKEN, ...) is a secret unless listed as plain. The last of
 * duplicate keys wins.
 */
public record ImportResourceVariablesInput(
        String resourceId, String content, VariableExposure exposure, List<String> secretKeys, List<String> plainKeys) {
}
