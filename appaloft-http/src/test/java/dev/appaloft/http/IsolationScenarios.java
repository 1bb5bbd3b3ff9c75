package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.api.catalog.OperationKind;
import dev.appaloft.api.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two organizations with the same project, environment, resource, server and token names: no
 * list, count or other query of any capability shows one organization's rows to the other.
 */
abstract class IsolationScenarios {

    TwoOrganizations orgs;

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        orgs = new TwoOrganizations(openStore());
    }

    @AfterEach
    void stop() {
        orgs.close();
    }

    @Test
    void noQueryShowsAnotherOrganizationsRows() {
        String ownerA = orgs.sessionsA.get(dev.appaloft.api.Actor.Role.OWNER);
        List<String> checked = new ArrayList<>();
        for (Operation<?, ?> op : OperationCatalog.all()) {
            if (op.api() != Api.APPALOFT || op.kind() != OperationKind.QUERY || !orgs.engine.isImplemented(op)
                    || op.path().contains("{")
                    // the public bootstrap status describes the instance (its built-in organization), not rows
                    || dev.appaloft.api.access.OperationAccess.required(op) == dev.appaloft.api.access.Access.PUBLIC
                    // the GitHub App's repositories are GitHub's rows, not an organization's (no App here: 503)
                    || op == dev.appaloft.api.catalog.SourceOperations.INTEGRATIONS_GITHUB_REPOSITORIES_LIST) {
                continue;
            }
            SampleRequests.Sample asA = SampleRequests.of(op, orgs.idsA);
            SampleRequests.Sample asB = SampleRequests.of(op, orgs.idsB);
            ApiClient.Response a = orgs.as(ownerA).send(asA.method(), asA.path(), asA.body());
            ApiClient.Response b = orgs.as(orgs.ownerB).send(asB.method(), asB.path(), asB.body());
            assertThat(b.status()).as(op.key() + " " + b.raw()).isLessThan(300);
            for (Map.Entry<String, String> id : orgs.idsA.entrySet()) {
                assertThat(b.raw()).as("%s as B must not show A's %s", op.key(), id.getKey()).doesNotContain(id.getValue());
                assertThat(a.raw()).as("%s as A must not show B's %s", op.key(), id.getKey())
                        .doesNotContain(orgs.idsB.get(id.getKey()));
                // not vacuous: where A sees its own row, B sees its own twin
                if (a.raw().contains(id.getValue())) {
                    assertThat(b.raw()).as("%s as B shows B's own %s", op.key(), id.getKey())
                            .contains(orgs.idsB.get(id.getKey()));
                }
            }
            if (op.key().endsWith(".count")) {
                assertThat(b.body().get("count").asLong()).as(op.key()).isEqualTo(a.body().get("count").asLong())
                        .isPositive();
            }
            checked.add(op.key());
        }
        assertThat(checked).contains("projects.list", "projects.count", "environments.list", "resources.list",
                "servers.list", "deployments.list", "deployTokens.list", "credentials.ssh.list",
                "servers.capacity.policy.list", "storageVolumes.list",
                "dependencyResources.list", "dependencyResources.count", "domainBindings.list",
                "defaultAccessDomainPolicies.list", "defaultAccessDomainPolicies.show");
        assertThat(checked).contains("runtimeMonitoring.samples", "runtimeMonitoring.thresholdShow",
                "runtimeUsage.inspect");
        // runtime log archives and static artifacts
        assertThat(checked).contains("resources.logArchives.list", "staticArtifacts.listPublications");
        // scheduled tasks
        assertThat(checked).contains("scheduledTasks.list", "scheduledTasks.runs.list");
        // source events
        assertThat(checked).contains("sourceEvents.list", "sourceLinks.list", "integrations.list",
                "integrations.github.appConnection.show");
        // dependency backups
        assertThat(checked).contains("dependencyResources.listBackupPolicies");
        // audit events (exportGlobal is checked too: the sample window holds nothing; the instance
        // owner's export across organizations is a core scenario)
        assertThat(checked).contains("auditEvents.list", "auditEvents.export", "auditEvents.exportGlobal",
                "auditEvents.archives.list", "auditEvents.legalHolds.list");
    }
}
