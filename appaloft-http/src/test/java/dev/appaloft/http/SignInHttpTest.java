package dev.appaloft.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.Actor;
import dev.appaloft.store.memory.MemoryStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in flow of the original's clients, over HTTP; catalog answers are checked against the spec. */
class SignInHttpTest {

    TwoOrganizations orgs;
    ApiClient anonymous;

    @BeforeEach
    void start() {
        orgs = new TwoOrganizations(new MemoryStore());
        anonymous = orgs.anonymous;
    }

    @AfterEach
    void stop() {
        orgs.close();
    }

    @Test
    void aSessionTokenComesInTheBodyAHeaderAndAnHttpOnlyCookie() throws Exception {
        ApiClient.Response signedIn = anonymous.post("/api/auth/sign-in/email",
                "{\"email\":\"owner@a.example.com\",\"password\":\"" + TwoOrganizations.PASSWORD + "\"}");
        assertThat(signedIn.status()).isEqualTo(200);
        String token = signedIn.body().get("token").asText();
        assertThat(token).matches("aplt_ses_[0-9a-f]{64}");
        assertThat(signedIn.body().get("redirect").asBoolean()).isFalse();
        assertThat(signedIn.body().at("/user/email").asText()).isEqualTo("owner@a.example.com");
        assertThat(signedIn.http().headers().firstValue("set-auth-token")).hasValue(token);
        assertThat(signedIn.http().headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("appaloft.session_token=" + token).contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(signedIn.raw()).doesNotContain("argon2");

        assertThat(anonymous.withToken(token).get("/api/projects").status()).isEqualTo(200);
        HttpResponse<String> withCookie = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + orgs.server.port() + "/api/account/profile"))
                .header("Cookie", "theme=dark; appaloft.session_token=" + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withCookie.statusCode()).isEqualTo(200);
        assertThat(withCookie.body()).contains("owner@a.example.com");

        JsonNode session = anonymous.withToken(token).get("/api/auth/session").body();
        assertThat(session.at("/session/activeOrganizationId").asText()).isEqualTo(Actor.SELF_HOSTED_ORGANIZATION);
        assertThat(session.at("/session/ipAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(anonymous.get("/api/auth/session").raw()).isEqualTo("null");

        JsonNode context = anonymous.withToken(token).get("/api/organizations/current-context").body();
        assertThat(context.at("/currentOrganization/role").asText()).isEqualTo("owner");
        assertThat(context.at("/permissions/canTransferOwnership").asBoolean()).isTrue();

        assertThat(anonymous.withToken(token).post("/api/auth/sign-out", null).status()).isEqualTo(200);
        ApiClient.Response after = anonymous.withToken(token).get("/api/projects");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.domainCode()).isEqualTo("product_auth_invalid");
    }

    @Test
    void failedSignInsLookTheSameAndAreThrottled() {
        ApiClient.Response wrong = anonymous.post("/api/auth/sign-in/email",
                "{\"email\":\"owner@a.example.com\",\"password\":\"wrong password\"}");
        ApiClient.Response unknown = anonymous.post("/api/auth/sign-in/email",
                "{\"email\":\"ghost@a.example.com\",\"password\":\"wrong password\"}");
        assertThat(wrong.status()).isEqualTo(401).isEqualTo(unknown.status());
        assertThat(wrong.raw()).isEqualTo(unknown.raw());
        assertThat(wrong.domainCode()).isEqualTo("invalid_email_or_password");
        ApiClient.Response last = null;
        for (int i = 0; i < 4; i++) {
            last = anonymous.post("/api/auth/sign-in/email", "{\"email\":\"ghost@a.example.com\",\"password\":\"x\"}");
        }
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.domainCode()).isEqualTo("sign_in_throttled");
        assertThat(last.http().headers().firstValue("Retry-After")).isPresent();
        assertThat(anonymous.post("/api/auth/sign-in/email", "{\"email\":").status()).isEqualTo(400);
    }

    @Test
    void bootstrapIsPublicAndAnswersOnce() {
        JsonNode status = anonymous.get("/api/bootstrap/auth/status").body();
        assertThat(status.get("bootstrapRequired").asBoolean()).isFalse();
        assertThat(status.get("loginMethods").get(0).get("key").asText()).isEqualTo("local-password");
        ApiClient.Response again = anonymous.post("/api/bootstrap/auth/first-admin",
                "{\"email\":\"second@a.example.com\",\"displayName\":\"Second\"}");
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.domainCode()).isEqualTo("first_admin_bootstrap_disabled");
    }

    @Test
    void deployTokensDeployWithinTheirScopeOnly() {
        String owner = orgs.sessionsA.get(Actor.Role.OWNER);
        var ids = orgs.idsA;
        ApiClient.Response created = orgs.as(owner).post("/api/deploy-tokens", """
                {"organizationId":"org_self_hosted","displayName":"ci","scope":{"projectIds":["%s"],
                 "resourceIds":["%s"],"workflowCommands":["source-link-deploy"]}}""".formatted(ids.get("projectId"),
                ids.get("resourceId")));
        assertThat(created.status()).isEqualTo(201);
        String token = created.body().get("token").asText();
        assertThat(orgs.as(owner).get("/api/deploy-tokens?organizationId=org_self_hosted").raw()).doesNotContain(token);

        String deployment = """
                {"projectId":"%s","environmentId":"%s","resourceId":"%s","serverId":"%s"}""";
        ApiClient.Response deployed = orgs.as(token).post("/api/deployments", deployment.formatted(ids.get("projectId"),
                ids.get("environmentId"), ids.get("resourceId"), ids.get("serverId")));
        assertThat(deployed.status()).as(deployed.raw()).isEqualTo(201);
        ApiClient.Response outside = orgs.as(token).post("/api/deployments", deployment.formatted(orgs.idsB.get("projectId"),
                orgs.idsB.get("environmentId"), orgs.idsB.get("resourceId"), orgs.idsB.get("serverId")));
        assertThat(outside.status()).isEqualTo(403);
        assertThat(outside.domainCode()).isEqualTo("action_auth_forbidden");
        assertThat(orgs.as(token).get("/api/projects").status()).isEqualTo(403);

        String tokenId = created.body().get("tokenId").asText();
        ApiClient.Response rotated = orgs.as(owner).post("/api/deploy-tokens/" + tokenId + "/rotate",
                "{\"organizationId\":\"org_self_hosted\",\"confirmation\":{\"tokenId\":\"" + tokenId + "\"}}");
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(orgs.as(token).post("/api/deployments", "{}").status()).isEqualTo(401);
    }

    @Test
    void theInvitationTokenTravelsInAHeaderNotTheBody() {
        String admin = orgs.sessionsA.get(Actor.Role.ADMIN);
        ApiClient.Response invited = orgs.as(admin).post("/api/organizations/org_self_hosted/invitations",
                "{\"email\":\"new@a.example.com\",\"role\":\"developer\"}");
        assertThat(invited.status()).isEqualTo(201);
        String token = invited.http().headers().firstValue("Appaloft-Invitation-Token").orElseThrow();
        assertThat(invited.raw()).doesNotContain(token).doesNotContain("invitationToken");
        ApiClient.Response listed = orgs.as(admin).get("/api/organizations/org_self_hosted/invitations?status=pending");
        assertThat(listed.body().get("items")).hasSize(1);
        assertThat(listed.raw()).doesNotContain(token);
    }

    /** Every identity and extension-point answer follows the spec (ApiClient validates each 2xx). */
    @Test
    void everyIdentityAnswerFollowsTheSpec() {
        ApiClient owner = orgs.as(orgs.sessionsA.get(Actor.Role.OWNER));
        ApiClient dev = orgs.as(orgs.sessionsA.get(Actor.Role.DEVELOPER));
        String org = "/api/organizations/org_self_hosted";
        assertThat(owner.get(org + "/profile").status()).isEqualTo(200);
        assertThat(owner.post(org + "/profile", "{\"name\":\"Acme\",\"slug\":\"acme\",\"logoUrl\":\"https://acme.example.com/l.png\"}")
                .body().get("slug").asText()).isEqualTo("acme");
        assertThat(owner.post(org + "/profile", "{\"slug\":\"Not A Slug\"}").status()).isEqualTo(400);
        String devMember = orgs.memberId(orgs.sessionsA.get(Actor.Role.OWNER), "org_self_hosted", "developer@a.example.com");
        String adminMember = orgs.memberId(orgs.sessionsA.get(Actor.Role.OWNER), "org_self_hosted", "admin@a.example.com");
        String ownerMember = orgs.memberId(orgs.sessionsA.get(Actor.Role.OWNER), "org_self_hosted", "owner@a.example.com");
        assertThat(owner.post(org + "/members/" + devMember + "/role", "{\"role\":\"viewer\"}").body().get("role").asText())
                .isEqualTo("viewer");
        assertThat(dev.post("/api/projects", "{\"name\":\"refused\"}").status()).as("the demotion applies at once")
                .isEqualTo(403);
        JsonNode transferred = owner.post(org + "/owner-transfer",
                "{\"fromMemberId\":\"" + ownerMember + "\",\"toMemberId\":\"" + adminMember + "\"}").body();
        assertThat(transferred.at("/toMember/role").asText()).isEqualTo("owner");
        assertThat(owner.get(org + "/members?limit=2").body().get("nextCursor").asText()).isNotEmpty();

        assertThat(dev.post("/api/account/profile", "{\"displayName\":\"Dev\",\"avatarUrl\":\"\"}").body()
                .get("displayName").asText()).isEqualTo("Dev");
        String other = orgs.signIn("developer@a.example.com");
        String otherSession = orgs.as(other).get("/api/account/sessions").body().at("/items/0/sessionId").asText();
        assertThat(dev.post("/api/account/sessions/" + otherSession + "/revoke", null).status()).isEqualTo(200);
        assertThat(orgs.as(other).get("/api/account/profile").status()).isEqualTo(401);
        assertThat(owner.post("/api/organizations/current-context/switch", "{\"organizationId\":\"org_self_hosted\"}")
                .status()).isEqualTo(200);
        String tokenId = orgs.idsA.get("tokenId");
        assertThat(owner.get("/api/deploy-tokens/" + tokenId + "?organizationId=org_self_hosted").body()
                .get("status").asText()).isEqualTo("active");

        assertThat(owner.post("/api/capabilities/query", "{\"queries\":[{\"operationKey\":\"projects.create\"},"
                + "{\"operationKey\":\"organizations.delete\"}]}").body().at("/capabilities/1/allowed").asBoolean()).isFalse();
        assertThat(owner.post("/api/entitlements/query", "{\"queries\":[{\"capabilityKey\":\"deployments\"}]}").body()
                .at("/entitlements/0/entitled").asBoolean()).isTrue();
        assertThat(dev.post("/api/usage-intents", "{\"idempotencyKey\":\"k\",\"capabilityKey\":\"deployments.create\","
                + "\"source\":\"ci\",\"quantity\":{\"value\":1,\"unit\":\"deployment\"}}").status()).isEqualTo(403);
        ApiClient admin = orgs.as(orgs.sessionsA.get(Actor.Role.ADMIN));
        assertThat(admin.post("/api/usage-intents", "{\"idempotencyKey\":\"k\",\"capabilityKey\":\"deployments.create\","
                + "\"source\":\"ci\",\"quantity\":{\"value\":1,\"unit\":\"deployment\"}}").status()).isEqualTo(202);
        assertThat(admin.get("/api/usage-intents?limit=5").body().get("records")).hasSize(1);
        assertThat(admin.post("/api/deployment-overlays", "{\"operationKey\":\"deployments.create\",\"source\":\"ci\"}")
                .status()).isEqualTo(202);
        assertThat(admin.get("/api/deployment-overlays").body().get("records")).hasSize(1);
        assertThat(admin.post("/api/route-surfaces", "{\"operationKey\":\"domains.bind\",\"source\":\"ci\","
                + "\"surfaceKind\":\"custom-domain\"}").status()).isEqualTo(202);
        assertThat(admin.get("/api/route-surfaces?surfaceKind=custom-domain").body().get("records")).hasSize(1);

        String viewer = orgs.sessionsA.get(Actor.Role.VIEWER);
        String viewerId = orgs.as(viewer).get("/api/account/profile").body().get("userId").asText();
        assertThat(orgs.as(viewer).delete("/api/account", "{\"confirmation\":{\"userId\":\"" + viewerId + "\"}}")
                .status()).isEqualTo(200);
        assertThat(orgs.as(viewer).get("/api/account/profile").status()).isEqualTo(401);

        ApiClient ownerB = orgs.as(orgs.ownerB);
        String confirmB = "{\"confirmation\":{\"organizationId\":\"" + orgs.organizationB + "\"}}";
        assertThat(ownerB.delete("/api/organizations/" + orgs.organizationB, confirmB).domainCode())
                .as("its projects would be orphaned").isEqualTo("organization_delete_blocked");
        // an organization without projects goes (its owner's session moves to it when it is created)
        String empty = ownerB.post("/api/auth/organization/create", "{\"name\":\"Short lived\"}").body()
                .get("id").asText();
        assertThat(ownerB.delete("/api/organizations/" + empty, "{\"confirmation\":{\"organizationId\":\"" + empty
                + "\"}}").status()).isEqualTo(200);
    }
}
