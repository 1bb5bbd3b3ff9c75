package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.retention.*;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code retentionDefaults.*} through the facade on one store: one policy per scope, organization
 * and category (configuring again updates it), organization policies visible only to their own
 * organization, instance-wide ones set from the instance's organization only.
 */
public abstract class RetentionDefaultsScenarios {

    protected AppaloftEngine engine;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        engine = AppaloftEngine.builder().store(openStore()).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .build();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void configuringACategoryTwiceUpdatesItsOnePolicy() {
        String id = engine.retentionDefaults().configure(
                ConfigureRetentionDefaultInput.system(RetentionCategory.DOMAIN_EVENT_STREAMS, 30)).id();
        String again = engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null,
                RetentionScope.SYSTEM, null, RetentionCategory.DOMAIN_EVENT_STREAMS, 7L, false, true, null)).id();

        assertThat(again).isEqualTo(id);
        RetentionPolicy policy = engine.retentionDefaults().show(RetentionCategory.DOMAIN_EVENT_STREAMS, null, null)
                .policy();
        assertThat(policy.retentionDays()).isEqualTo(7);
        assertThat(policy.dryRunSchedulingEnabled()).isFalse();
        assertThat(policy.destructiveSchedulingEnabled()).isTrue();
        assertThat(policy.enabled()).isTrue();
        assertThat(policy.updatedByActorKind()).isEqualTo("system");
        assertThat(engine.retentionDefaults().show(RetentionCategory.AUDIT_ROWS, null, null).policy()).isNull();
        assertThat(engine.store().read(r -> r.readStream(UnitOfWork.AUDIT, 0, 1000)).stream()
                .filter(e -> e.type().equals("retention-default.configured")).count()).isEqualTo(2);
    }

    @Test
    void defaultsAreDryRunOnlyAndListsFilterByScopeCategoryAndEnabled() {
        engine.retentionDefaults().configure(ConfigureRetentionDefaultInput.system(RetentionCategory.AUDIT_ROWS, 365));
        engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null, RetentionScope.ORGANIZATION,
                null, RetentionCategory.AUDIT_ROWS, 90L, null, null, false));
        engine.retentionDefaults().configure(ConfigureRetentionDefaultInput.system(RetentionCategory.PROCESS_ATTEMPTS, 14));

        RetentionPolicy system = engine.retentionDefaults().show(RetentionCategory.AUDIT_ROWS, null, null).policy();
        assertThat(system.dryRunSchedulingEnabled()).isTrue();
        assertThat(system.destructiveSchedulingEnabled()).isFalse();
        assertThat(engine.retentionDefaults().list(ListRetentionDefaultsInput.all()).items()).hasSize(3);
        assertThat(engine.retentionDefaults().list(new ListRetentionDefaultsInput(RetentionScope.ORGANIZATION, null,
                null, null)).items()).extracting(RetentionPolicy::retentionDays).containsExactly(90L);
        assertThat(engine.retentionDefaults().list(new ListRetentionDefaultsInput(null, null,
                RetentionCategory.AUDIT_ROWS, true)).items()).extracting(RetentionPolicy::retentionDays)
                .containsExactly(365L);
        RetentionPolicy mine = engine.retentionDefaults().show(RetentionCategory.AUDIT_ROWS,
                RetentionScope.ORGANIZATION, null).policy();
        assertThat(mine.organizationId()).isEqualTo(Actor.SELF_HOSTED_ORGANIZATION);
        assertThat(mine.enabled()).isFalse();
    }

    @Test
    void anotherOrganizationSeesNeitherThesePoliciesNorSetsTheInstanceOnes() {
        engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null, RetentionScope.ORGANIZATION,
                null, RetentionCategory.DEPLOYMENT_LOGS, 10L, null, null, null));
        Appaloft.Session other = engine.as(Actor.user("usr_x", "org_other", Actor.Role.OWNER));

        assertThat(other.retentionDefaults().list(ListRetentionDefaultsInput.all()).items()).isEmpty();
        assertFails(() -> other.retentionDefaults().show(RetentionCategory.DEPLOYMENT_LOGS,
                RetentionScope.ORGANIZATION, Actor.SELF_HOSTED_ORGANIZATION), ErrorCode.NOT_FOUND);
        assertFails(() -> other.retentionDefaults().configure(
                ConfigureRetentionDefaultInput.system(RetentionCategory.DEPLOYMENT_LOGS, 1)), ErrorCode.FORBIDDEN);
        String theirs = other.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null,
                RetentionScope.ORGANIZATION, null, RetentionCategory.DEPLOYMENT_LOGS, 3L, null, null, null)).id();
        assertFails(() -> engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(theirs,
                RetentionScope.ORGANIZATION, null, RetentionCategory.DEPLOYMENT_LOGS, 1L, null, null, null)),
                ErrorCode.NOT_FOUND);
    }

    @Test
    void badInputNamesTheField() {
        assertThat(fields(() -> engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null, null,
                null, null, null, null, null, null)))).containsExactlyInAnyOrder("category", "retentionDays");
        assertThat(fields(() -> engine.retentionDefaults().configure(
                ConfigureRetentionDefaultInput.system(RetentionCategory.AUDIT_ROWS, 0)))).containsExactly("retentionDays");
        assertThat(fields(() -> engine.retentionDefaults().configure(new ConfigureRetentionDefaultInput(null,
                RetentionScope.SYSTEM, "org_self_hosted", RetentionCategory.AUDIT_ROWS, 5L, null, null, null))))
                .containsExactly("organizationId");
        assertThat(engine.retentionDefaults().list(ListRetentionDefaultsInput.all()).items()).isEmpty();
    }

    private static java.util.List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
            return e.issues().stream().map(i -> String.valueOf(i.path().get(0))).distinct().toList();
        }
        throw new AssertionError("expected a validation error");
    }
}
