package dev.appaloft.api.deployments;

import dev.appaloft.api.variables.MaskedVariable;
import java.util.List;

/** The variables a deployment was started with (secrets masked), frozen at admission. */
public record EnvironmentSnapshotView(String id, String environmentId, String createdAt, List<String> precedence,
                                      List<MaskedVariable> variables) {
}
