package dev.appaloft.core.environments;

import dev.appaloft.core.config.ConfigEntry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.environments.EnvironmentLifecycleStatus;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.variables.VariableExposure;
import dev.appaloft.api.variables.VariableKind;
import dev.appaloft.api.variables.VariableScope;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/**
 * Random sequences of commands on an environment: only legal transitions happen, archived is
 * final, and only an active environment's configuration ever changes.
 */
class EnvironmentLifecyclePropertiesTest {

    enum Command { LOCK, UNLOCK, ARCHIVE, SET_VARIABLE, UNSET_VARIABLE, RENAME }

    @Property
    void onlyLegalTransitionsAndOnlyActiveEnvironmentsChange(@ForAll @Size(max = 30) List<Command> commands) {
        Environment env = Environment.create("env_1", "org", "prj", "staging", EnvironmentKind.STAGING, null,
                List.of(), Instant.EPOCH);
        int n = 0;
        for (Command command : commands) {
            Environment before = env;
            try {
                env = apply(env, command, n++);
            } catch (AppaloftException refused) {
                assertThat(before.lifecycleStatus()).isNotEqualTo(EnvironmentLifecycleStatus.ACTIVE);
                assertThat(refused.code().code()).isIn("environment_locked", "environment_archived");
                continue;
            }
            if (env.lifecycleStatus() != before.lifecycleStatus()) {
                assertThat(before.lifecycleStatus().canBecome(env.lifecycleStatus())).isTrue();
            }
            if (!env.variables().equals(before.variables()) || !env.name().equals(before.name())) {
                assertThat(before.lifecycleStatus()).isEqualTo(EnvironmentLifecycleStatus.ACTIVE);
            }
            if (before.lifecycleStatus() == EnvironmentLifecycleStatus.ARCHIVED) {
                assertThat(env).isEqualTo(before);
            }
            assertThat(env.lifecycleStatus() == EnvironmentLifecycleStatus.LOCKED).isEqualTo(env.lockedAt() != null);
        }
    }

    private static Environment apply(Environment env, Command command, int n) {
        Instant at = Instant.EPOCH.plusSeconds(n);
        EnvironmentLifecycleStatus status = env.lifecycleStatus();
        return switch (command) {
            // the handlers treat a repeated lock/unlock/archive as "no change"; the aggregate only sees real moves
            case LOCK -> status == EnvironmentLifecycleStatus.LOCKED ? env : env.lock("r", at);
            case UNLOCK -> status == EnvironmentLifecycleStatus.ACTIVE ? env : env.unlock();
            case ARCHIVE -> status == EnvironmentLifecycleStatus.ARCHIVED ? env : env.archive(null, at);
            case SET_VARIABLE -> env.setVariable(new ConfigEntry("K" + (n % 3), "v" + n, VariableKind.PLAIN_CONFIG,
                    VariableExposure.RUNTIME, VariableScope.ENVIRONMENT, false, at));
            case UNSET_VARIABLE -> env.unsetVariable("K" + (n % 3), VariableExposure.RUNTIME, VariableScope.ENVIRONMENT);
            case RENAME -> env.rename("name-" + n);
        };
    }
}
