package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.Access;
import dev.appaloft.api.access.OperationAccess;
import dev.appaloft.api.catalog.Api;
import dev.appaloft.api.catalog.Operation;
import dev.appaloft.api.catalog.OperationCatalog;
import dev.appaloft.store.memory.MemoryStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Generated from the catalog: for every Appaloft operation, a call without credentials (401),
 * with a revoked session and a revoked deploy token (401), from a role below the operation's
 * least role (403), and from the owner of another organization against an id of the first (404)
 * is refused, and the least role gets past authorization (an operation not implemented yet then
 * answers 501, which counts). Alien operations are authorised by the fleet's own tokens on /v1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Kinds of id a caller names; an implemented operation naming one of org A's must answer 404 to org B. */
    private static final Set<String> ORGANIZATION_OWNED = Set.of("organizationId", "projectId", "environmentId",
            "resourceId", "serverId", "deploymentId", "tokenId", "memberId", "sessionId", "credentialId", "storageVolumeId",
            "attachmentId", "dependencyResourceId", "domainBindingId", "bindingId", "certificateId",
            // scheduled tasks
            "taskId", "runId",
            // dependency backups
            "backupId");

    TwoOrganizations orgs;
    /** Operations where the cross-organization 404 was asserted (guards against a vacuous matrix). */
    final List<String> crossOrganizationChecks = new ArrayList<>();

    @BeforeAll
    void start() {
        orgs = new TwoOrganizations(new MemoryStore());
    }

    @AfterAll
    void stop() {
        orgs.close();
        System.out.println("cross-organization 404 asserted for " + crossOrganizationChecks.size() + " operations");
        assertThat(crossOrganizationChecks).hasSizeGreaterThan(60).contains("projects.show", "deployments.show",
                "deployTokens.rotate", "organizations.removeMember", "account.revokeSession", "environments.create",
                "credentials.ssh.show", "credentials.ssh.rotate", "credentials.ssh.delete", "servers.configureCredential",
                "servers.delete", "servers.capacity.inspect", "servers.capacity.prune", "storageVolumes.show",
                "storageVolumes.cleanupRuntime", "resources.attachStorage", "resources.detachStorage",
                "dependencyResources.provision", "dependencyResources.show", "dependencyResources.delete", "domainBindings.create",
                "domainBindings.show", "domainBindings.deleteCheck", "domainBindings.delete", "domainBindings.configureRoute",
                "domainBindings.confirmOwnership", "domainBindings.retryVerification",
                "resources.dependencyBindings.bind", "resources.dependencyBindings.show",
                "resources.dependencyBindings.unbind", "resources.dependencyBindings.rotateSecret",
                "certificates.show", "certificates.revoke", "certificates.delete", "certificates.import");
        assertThat(crossOrganizationChecks).contains("runtimeMonitoring.samples", "runtimeMonitoring.rollup",
                "runtimeMonitoring.thresholdConfigure", "runtimeMonitoring.thresholdShow", "runtimeUsage.inspect");
        // runtime log archives and static artifacts
        assertThat(crossOrganizationChecks).contains("resources.archiveLogs", "staticArtifacts.publish",
                "staticArtifacts.publishArchive", "staticArtifacts.publishPayload");
        // scheduled tasks
        assertThat(crossOrganizationChecks).contains("scheduledTasks.create", "scheduledTasks.show",
                "scheduledTasks.configure", "scheduledTasks.delete", "scheduledTasks.runNow", "scheduledTasks.runs.show",
                "scheduledTasks.runs.logs");
        // source events
        assertThat(crossOrganizationChecks).contains("sourceLinks.relink");
        // dependency backups
        assertThat(crossOrganizationChecks).contains("dependencyResources.createBackup",
                "dependencyResources.listBackups", "dependencyResources.showBackup", "dependencyResources.restoreBackup",
                "dependencyResources.configureBackupPolicy");
        // acme
        assertThat(crossOrganizationChecks).contains("certificates.issueOrRenew", "certificates.retry");
        // preview environments: a policy's scope names a project of the other organization
        assertThat(crossOrganizationChecks).contains("previewPolicies.configure", "previewPolicies.show");
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesWhoMustBeRefused() {
        return OperationCatalog.all().stream().filter(op -> op.api() == Api.APPALOFT)
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> check(op)));
    }

    private void check(Operation<?, ?> operation) {
        Access required = OperationAccess.required(operation);
        SampleRequests.Sample sampleA = SampleRequests.of(operation, orgs.idsA);
        List<String> problems = new ArrayList<>();
        if (required == Access.PUBLIC) {
            expectNot(problems, "anonymous", call(null, sampleA), 401, 403);
            assertThat(problems).as(operation.key()).isEmpty();
            return;
        }
        expect(problems, "no credentials", call(null, sampleA), 401);
        expect(problems, "revoked session", call(orgs.revokedSession, sampleA), 401);
        expect(problems, "revoked deploy token", call(orgs.revokedDeployToken, sampleA), 401);

        String below = belowRole(operation, required);
        if (below != null) {
            expect(problems, "a role below " + required.wire(), call(below, sampleA), 403);
        }

        // ids that name nothing: the least role gets past authorization without changing A's fixtures
        Map<String, String> nothing = new HashMap<>();
        orgs.idsA.forEach((k, v) -> nothing.put(k, k.equals("organizationId") ? v : "x_" + k));
        String allowed = required.role() == null ? orgs.sessionsA.get(Actor.Role.VIEWER) : orgs.sessionsA.get(required.role());
        expectNot(problems, "the least role " + required.wire(), call(allowed, SampleRequests.of(operation, nothing)), 401, 403);

        ApiClient.Response foreign = call(orgs.ownerB, sampleA);
        boolean namesAnIdOfA = sampleA.idsUsed().stream().anyMatch(ORGANIZATION_OWNED::contains);
        if (orgs.engine.isImplemented(operation) && namesAnIdOfA) {
            expect(problems, "the owner of B with ids of A " + sampleA.idsUsed(), foreign, 404);
            crossOrganizationChecks.add(operation.key());
        } else {
            expectNot(problems, "the owner of B", foreign, 401, 403);
        }
        assertThat(problems).as(operation.key()).isEmpty();
    }

    /** Who stands just below the least role: a deploy token for viewer-level and signed-in operations. */
    private String belowRole(Operation<?, ?> operation, Access required) {
        return switch (required) {
            case SIGNED_IN, VIEWER -> OperationAccess.deployTokenWorkflow(operation) == null ? orgs.deployTokenA : null;
            case BILLING -> orgs.sessionsA.get(Actor.Role.VIEWER);
            case DEVELOPER -> OperationAccess.deployTokenWorkflow(operation) == null
                    ? orgs.sessionsA.get(Actor.Role.BILLING) : orgs.sessionsA.get(Actor.Role.VIEWER);
            case ADMIN -> orgs.sessionsA.get(Actor.Role.DEVELOPER);
            case OWNER -> orgs.sessionsA.get(Actor.Role.ADMIN);
            default -> null;
        };
    }

    private ApiClient.Response call(String token, SampleRequests.Sample sample) {
        return orgs.anonymous.withToken(token).send(sample.method(), sample.path(), sample.body());
    }

    private static void expect(List<String> problems, String who, ApiClient.Response response, int status) {
        if (response.status() != status) {
            problems.add(who + ": expected " + status + ", got " + response.status() + " " + response.raw());
        }
    }

    private static void expectNot(List<String> problems, String who, ApiClient.Response response, int... refused) {
        for (int status : refused) {
            if (response.status() == status) {
                problems.add(who + ": refused with " + status + " " + response.raw());
            }
        }
    }
}
