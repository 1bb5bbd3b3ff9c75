package dev.appaloft.core.resources;

import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.Issue;
import dev.appaloft.api.resources.ImportResourceVariablesInput;
import dev.appaloft.api.resources.ImportVariablesResult;
import dev.appaloft.api.variables.MaskedVariable;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import dev.appaloft.core.config.ConfigEntry;
import dev.appaloft.core.config.VariableRules;
import dev.appaloft.core.internal.Handler;
import dev.appaloft.core.internal.Validation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code resources.importVariables}: a whole {@code .env} file in one change. Nothing is written
 * unless every line is valid; the answer masks every secret value.
 */
final class ImportVariablesHandler implements Handler<ImportResourceVariablesInput, ImportVariablesResult> {

    /** Key names that say they hold a credential; such runtime values are sealed unless listed as plain. */
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE|CREDENTIAL|API_?KEY|ACCESS_?KEY).*");

    private final ResourceChanges changes;

    ImportVariablesHandler(ResourceChanges changes) {
        this.changes = changes;
    }

    @Override
    public ImportVariablesResult handle(ImportResourceVariablesInput input, Actor actor) {
        Validation v = new Validation();
        v.required("content", input.content()).required("exposure", input.exposure());
        v.throwIfInvalid();
        DotEnvParser.Result parsed = DotEnvParser.parse(input.content());
        List<Issue> problems = new ArrayList<>(parsed.problems());
        Set<String> secretKeys = input.secretKeys() == null ? Set.of() : Set.copyOf(input.secretKeys());
        Set<String> plainKeys = input.plainKeys() == null ? Set.of() : Set.copyOf(input.plainKeys());

        Map<String, DotEnvParser.Entry> last = new LinkedHashMap<>();
        Map<String, Integer> first = new LinkedHashMap<>();
        for (DotEnvParser.Entry e : parsed.entries()) {
            first.putIfAbsent(e.key(), e.line());
            last.remove(e.key());
            last.put(e.key(), e);
        }
        for (DotEnvParser.Entry e : last.values()) {
            Validation line = new Validation();
            VariableRules.check(line, e.key(), e.value(), VariableKind.PLAIN_CONFIG, input.exposure(),
                    isSecret(e.key(), input.exposure(), secretKeys, plainKeys), 256, 64 * 1024);
            if (!line.ok()) {
                problems.add(new Issue("custom", List.of("content"), "line " + e.line() + ": " + e.key()
                        + " is not a valid " + input.exposure().wire() + " variable", null, null, null));
            }
        }
        if (!problems.isEmpty()) {
            throw AppaloftException.validation(problems);
        }

        List<ImportVariablesResult.DuplicateOverride> duplicates = new ArrayList<>();
        last.forEach((key, e) -> {
            if (first.get(key) != e.line()) {
                duplicates.add(new ImportVariablesResult.DuplicateOverride(key, input.exposure(), first.get(key),
                        e.line(), "last-wins"));
            }
        });
        ImportVariablesResult[] result = new ImportVariablesResult[1];
        return changes.apply(actor, "resources.importVariables", input.resourceId(), "resource-variables-imported",
                Map.of("keys", List.copyOf(last.keySet()), "exposure", input.exposure().wire()),
                (resource, uow) -> resource.change(d -> {
                    List<ImportVariablesResult.ImportedEntry> imported = new ArrayList<>();
                    List<ImportVariablesResult.ExistingOverride> replaced = new ArrayList<>();
                    for (DotEnvParser.Entry e : last.values()) {
                        boolean secret = isSecret(e.key(), input.exposure(), secretKeys, plainKeys);
                        boolean existed = ResourceVariables.find(resource, e.key(), input.exposure()).isPresent();
                        VariableKind kind = secret ? VariableKind.SECRET : VariableKind.PLAIN_CONFIG;
                        String stored = secret ? changes.ctx().secrets().seal(e.value()) : e.value();
                        d.variables = ResourceVariables.put(d.variables, new ConfigEntry(e.key(), stored, kind,
                                input.exposure(), VariableScope.RESOURCE, secret, uow.now()));
                        imported.add(new ImportVariablesResult.ImportedEntry(e.key(),
                                secret ? MaskedVariable.MASK : e.value(), input.exposure(), kind, secret,
                                existed ? "replaced" : "created", e.line()));
                        if (existed) {
                            replaced.add(new ImportVariablesResult.ExistingOverride(e.key(), input.exposure(),
                                    "resource", "resource-entry-replaced"));
                        }
                    }
                    result[0] = new ImportVariablesResult(resource.id(), imported, duplicates, replaced);
                    return d;
                }),
                after -> result[0]);
    }

    static boolean isSecret(String key, VariableExposure exposure, Set<String> secretKeys, Set<String> plainKeys) {
        if (secretKeys.contains(key)) {
            return true;
        }
        // build-time values end up in the image and are public by definition
        return exposure == VariableExposure.RUNTIME && !plainKeys.contains(key) && CREDENTIAL_NAME.matcher(key).matches();
    }
}
