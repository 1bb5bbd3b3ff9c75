package dev.appaloft.http;

import static dev.appaloft.http.ApiResponses.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.api.store.Store;
import dev.appaloft.core.AppaloftEngine;
import dev.appaloft.core.deployments.FakeRuntime;
import dev.appaloft.core.identity.Passwords;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import dev.appaloft.http.auth.AdminTokenAuthenticator;
import dev.appaloft.runtime.ssh.testing.TestSshKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A server with two organizations built the way users build them, over HTTP: A (the built-in
 * organization, bootstrapped) with a member of every role, B (created by a user who belongs to B
 * only), each holding a project, an environment, a resource, a server, a deployment and a deploy
 * token of the same names, and an SSH credential.
 */
final class TwoOrganizations implements AutoCloseable {

    static final String ADMIN_TOKEN = "t".repeat(64);
    static final String PASSWORD = "correct horse battery";

    final AppaloftEngine engine;
    final AppaloftHttpServer server;
    final ApiClient anonymous;
    final Map<Actor.Role, String> sessionsA = new LinkedHashMap<>();
    final String ownerB;
    final String organizationB;
    final Map<String, String> idsA;
    final Map<String, String> idsB;
    final String revokedSession;
    final String revokedDeployToken;
    final String deployTokenA;

    TwoOrganizations(Store store) {
        engine = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .passwords(new Passwords(64, 1, 1)).runtime("local-shell", machine()).build();
        server = AppaloftHttpServer.create(engine, new AdminTokenAuthenticator(ADMIN_TOKEN)).start("127.0.0.1", 0);
        anonymous = new ApiClient("http://127.0.0.1:" + server.port(), null);

        ApiClient.Response bootstrapped = anonymous.post("/api/bootstrap/auth/first-admin",
                "{\"email\":\"owner@a.example.com\",\"displayName\":\"Owner A\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(bootstrapped.status()).as(bootstrapped.raw()).isEqualTo(201);
        String owner = signIn("owner@a.example.com");
        sessionsA.put(Actor.Role.OWNER, owner);
        for (Actor.Role role : new Actor.Role[] {Actor.Role.VIEWER, Actor.Role.BILLING, Actor.Role.DEVELOPER, Actor.Role.ADMIN}) {
            sessionsA.put(role, join(owner, Actor.SELF_HOSTED_ORGANIZATION, role.wire() + "@a.example.com", role));
        }
        // B's owner joins A, founds B, and is then removed from A: a member of B only
        String founder = join(owner, Actor.SELF_HOSTED_ORGANIZATION, "owner@b.example.com", Actor.Role.VIEWER);
        ApiClient.Response created = as(founder).post("/api/auth/organization/create", "{\"name\":\"Org B\"}");
        assertThat(created.status()).isEqualTo(201);
        organizationB = created.body().get("id").asText();
        String founderMember = memberId(owner, Actor.SELF_HOSTED_ORGANIZATION, "owner@b.example.com");
        assertThat(as(owner).delete("/api/organizations/" + Actor.SELF_HOSTED_ORGANIZATION + "/members/" + founderMember,
                null).status()).isEqualTo(200);
        ownerB = founder;

        idsA = workspace(owner, Actor.SELF_HOSTED_ORGANIZATION);
        idsB = workspace(ownerB, organizationB);
        deployTokenA = idsA.remove("(token)");
        idsB.remove("(token)");
        idsA.put("memberId", memberId(owner, Actor.SELF_HOSTED_ORGANIZATION, "viewer@a.example.com"));
        idsA.put("sessionId", as(owner).get("/api/account/sessions").body().at("/items/0/sessionId").asText());
        idsB.put("memberId", memberId(ownerB, organizationB, "owner@b.example.com"));
        idsB.put("sessionId", as(ownerB).get("/api/account/sessions").body().at("/items/0/sessionId").asText());

        revokedSession = signIn("developer@a.example.com");
        assertThat(as(revokedSession).post("/api/auth/sign-out", null).status()).isEqualTo(200);
        JsonNode token = as(owner).post("/api/deploy-tokens", tokenBody(Actor.SELF_HOSTED_ORGANIZATION, "revoked")).body();
        revokedDeployToken = token.get("token").asText();
        assertThat(as(owner).post("/api/deploy-tokens/" + token.get("tokenId").asText() + "/revoke",
                "{\"organizationId\":\"org_self_hosted\",\"confirmation\":{\"tokenId\":\"" + token.get("tokenId").asText()
                        + "\"}}").status()).isEqualTo(200);
    }

    ApiClient as(String token) {
        return anonymous.withToken(token);
    }

    String signIn(String email) {
        ApiClient.Response response = anonymous.post("/api/auth/sign-in/email",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body().get("token").asText();
    }

    /** Invites {@code email} into the inviter's organization and signs the account up with the invitation. */
    String join(String inviter, String organizationId, String email, Actor.Role role) {
        ApiClient.Response invited = as(inviter).post("/api/organizations/" + organizationId + "/invitations",
                "{\"email\":\"" + email + "\",\"role\":\"" + role.wire() + "\"}");
        assertThat(invited.status()).as(invited.raw()).isEqualTo(201);
        String invitation = invited.http().headers().firstValue("Appaloft-Invitation-Token").orElseThrow();
        ApiClient.Response signedUp = anonymous.post("/api/auth/sign-up/email", "{\"email\":\"" + email
                + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"" + email + "\",\"invitationToken\":\"" + invitation + "\"}");
        assertThat(signedUp.status()).as(signedUp.raw()).isEqualTo(200);
        return signedUp.body().get("token").asText();
    }

    String memberId(String caller, String organizationId, String email) {
        for (JsonNode member : as(caller).get("/api/organizations/" + organizationId + "/members").body().get("items")) {
            if (member.get("email").asText().equals(email)) {
                return member.get("memberId").asText();
            }
        }
        throw new AssertionError("no member " + email);
    }

    static String tokenBody(String organizationId, String name) {
        return "{\"organizationId\":\"" + organizationId + "\",\"displayName\":\"" + name
                + "\",\"scope\":{\"workflowCommands\":[\"source-link-deploy\"]}}";
    }

    /**
     * The same workspace in each organization: project, environment, resource, server, deployment,
     * credential, capacity policy, storage volume attached to the resource, managed Postgres, domain
     * binding (the same domain), default access policy, token.
     */
    private Map<String, String> workspace(String owner, String organizationId) {
        ApiClient api = as(owner);
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("organizationId", organizationId);
        ids.put("projectId", id(api.post("/api/projects", "{\"name\":\"shop\"}")));
        ids.put("environmentId", id(api.post("/api/environments", "{\"projectId\":\"" + ids.get("projectId")
                + "\",\"name\":\"production\",\"kind\":\"production\"}")));
        ids.put("resourceId", id(api.post("/api/resources", """
                {"projectId":"%s","environmentId":"%s","name":"web",
                 "source":{"kind":"docker-image","locator":"local/app:1"},"networkProfile":{"internalPort":8080}}"""
                .formatted(ids.get("projectId"), ids.get("environmentId")))));
        ids.put("serverId", id(api.post("/api/servers",
                "{\"name\":\"local\",\"host\":\"localhost\",\"providerKey\":\"local-shell\"}")));
        ids.put("deploymentId", id(api.post("/api/deployments", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}"""
                .formatted(ids.get("projectId"), ids.get("environmentId"), ids.get("resourceId"), ids.get("serverId")))));
        ids.put("credentialId", id(api.post("/api/credentials/ssh", "{\"name\":\"deploy key\",\"kind\":\"ssh-private-key\","
                + "\"privateKey\":" + dev.appaloft.core.internal.Json.write(TestSshKeys.ed25519().privateKey()) + "}")));
        ApiClient.Response policy = api.post("/api/servers/capacity/policies", "{\"scope\":\"organization\","
                + "\"retentionDays\":7,\"serverId\":\"" + ids.get("serverId") + "\"}");
        assertThat(policy.status()).as(policy.raw()).isEqualTo(200);
        ids.put("policyId", policy.body().get("id").asText());
        ids.put("storageVolumeId", id(api.post("/api/storage-volumes", """
                {"projectId":"%s","environmentId":"%s","name":"data","kind":"named-volume"}"""
                .formatted(ids.get("projectId"), ids.get("environmentId")))));
        ApiClient.Response attached = api.post("/api/resources/" + ids.get("resourceId") + "/storage-attachments",
                "{\"storageVolumeId\":\"" + ids.get("storageVolumeId") + "\",\"destinationPath\":\"/data\"}");
        assertThat(attached.status()).as(attached.raw()).isEqualTo(200);
        ids.put("attachmentId", attached.body().get("id").asText());
        ids.put("dependencyResourceId", id(api.post("/api/dependency-resources/provision", """
                {"kind":"postgres","projectId":"%s","environmentId":"%s","serverId":"%s","name":"db"}"""
                .formatted(ids.get("projectId"), ids.get("environmentId"), ids.get("serverId")))));
        ids.put("domainBindingId", id(api.post("/api/domain-bindings", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s","destinationId":"%s",
                 "domainName":"shop.example.com","proxyKind":"caddy","tlsMode":"disabled"}""".formatted(ids.get("projectId"),
                ids.get("environmentId"), ids.get("resourceId"), ids.get("serverId"), ids.get("serverId")))));
        // a bound TLS binding with an imported certificate: certificate ids of A must read as missing to B
        String tlsBinding = id(api.post("/api/domain-bindings", """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s","destinationId":"%s",
                 "domainName":"tls.example.com","proxyKind":"caddy","tlsMode":"auto"}""".formatted(ids.get("projectId"),
                ids.get("environmentId"), ids.get("resourceId"), ids.get("serverId"), ids.get("serverId"))));
        api.post("/api/domain-bindings/" + tlsBinding + "/ownership-confirmations", "{\"verificationMode\":\"manual\"}");
        dev.appaloft.core.TestCertificates.Chain chain = dev.appaloft.core.TestCertificates.chain("tls.example.com");
        ApiClient.Response certificate = api.post("/api/certificates/import", "{\"domainBindingId\":\"" + tlsBinding
                + "\",\"certificateChain\":" + dev.appaloft.core.internal.Json.write(chain.chainPem())
                + ",\"privateKey\":" + dev.appaloft.core.internal.Json.write(chain.leaf().keyPem()) + "}");
        assertThat(certificate.status()).as(certificate.raw()).isEqualTo(200);
        ids.put("certificateId", certificate.body().get("certificateId").asText());
        ApiClient.Response access = api.post("/api/default-access-domain-policies", "{\"scope\":{\"kind\":"
                + "\"deployment-target\",\"serverId\":\"" + ids.get("serverId") + "\"},\"mode\":\"disabled\"}");
        assertThat(access.status()).as(access.raw()).isEqualTo(200);
        ids.put("accessPolicyId", access.body().get("id").asText());
        ids.put("bindingId", id(api.post("/api/resources/" + ids.get("resourceId") + "/dependency-bindings",
                "{\"dependencyResourceId\":\"" + ids.get("dependencyResourceId") + "\",\"targetName\":\"DATABASE_URL\"}")));
        // source events: a source link of the resource (sourceLinks.list shows only the organization's own)
        ApiClient.Response link = api.post("/api/source-links/relink", """
                {"sourceFingerprint":"source-fingerprint:v1:example.com%%2Facme%%2Fshop:main","projectId":"%s",
                 "environmentId":"%s","resourceId":"%s","serverId":"%s"}""".formatted(ids.get("projectId"),
                ids.get("environmentId"), ids.get("resourceId"), ids.get("serverId")));
        assertThat(link.status()).as(link.raw()).isEqualTo(200);
        // dependency backups
        ids.put("backupId", id(api.post("/api/dependency-resources/" + ids.get("dependencyResourceId") + "/backups",
                "{}")));
        ids.put("backupPolicyId", id(api.post("/api/dependency-resources/backup-policies", "{\"dependencyResourceId\":\""
                + ids.get("dependencyResourceId") + "\",\"retentionDays\":7,\"scheduleIntervalHours\":24}")));
        JsonNode token = api.post("/api/deploy-tokens", tokenBody(organizationId, "ci")).body();
        ids.put("tokenId", token.get("tokenId").asText());
        ids.put("(token)", token.get("token").asText());
        // scheduled tasks: a task of the resource and one run of it
        ApiClient.Response task = api.post("/api/scheduled-tasks", """
                {"resourceId":"%s","schedule":"0 0 29 2 *","timezone":"UTC","commandIntent":"true",
                 "timeoutSeconds":60,"retryLimit":0}""".formatted(ids.get("resourceId")));
        assertThat(task.status()).as(task.raw()).isEqualTo(201);
        ids.put("taskId", task.body().at("/task/taskId").asText());
        ApiClient.Response run = api.post("/api/scheduled-tasks/" + ids.get("taskId") + "/runs",
                "{\"resourceId\":\"" + ids.get("resourceId") + "\"}");
        assertThat(run.status()).as(run.raw()).isEqualTo(202);
        ids.put("runId", run.body().at("/run/runId").asText());
        return ids;
    }

    /** A fake machine that keeps volumes, so storage mounts and managed databases work on it. */
    private static FakeRuntime machine() {
        FakeRuntime runtime = new FakeRuntime();
        runtime.volumes = new dev.appaloft.core.deployments.FakeVolumes();
        return runtime;
    }

    @Override
    public void close() {
        server.close();
        engine.close();
    }
}
