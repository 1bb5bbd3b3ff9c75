package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appaloft.api.deployments.DeploymentStatus;
import dev.appaloft.api.deployments.ExecutionMode;
import dev.appaloft.api.domains.AccessPolicyScope;
import dev.appaloft.api.domains.ConfigureDefaultAccessPolicyInput;
import dev.appaloft.api.domains.ConfigureDomainRouteInput;
import dev.appaloft.api.domains.ShowDefaultAccessPolicyInput;
import dev.appaloft.api.domains.ConfirmDomainOwnershipInput;
import dev.appaloft.api.domains.CreateDomainBindingInput;
import dev.appaloft.api.domains.DeleteDomainBindingInput;
import dev.appaloft.api.domains.DomainBindingDetail;
import dev.appaloft.api.domains.DomainBindingView;
import dev.appaloft.api.domains.ListDomainBindingsInput;
import dev.appaloft.api.environments.CreateEnvironmentInput;
import dev.appaloft.api.environments.EnvironmentKind;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.resources.ArchiveResourceInput;
import dev.appaloft.api.resources.CreateResourceInput;
import dev.appaloft.api.resources.DeleteResourceInput;
import dev.appaloft.api.resources.NetworkProfile;
import dev.appaloft.api.resources.SourceBinding;
import dev.appaloft.api.servers.CreateServerInput;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.runtime.ProxyRoute;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.api.store.work.RetryPolicy;
import dev.appaloft.core.deployments.FakeEdgeProxy;
import dev.appaloft.core.internal.Json;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code domainBindings.*} through the facade on a local server with a proxy double and a DNS
 * double: states, ownership checks (each recorded), routes following deployments, redirects,
 * refusals, and one audit event per change.
 */
public abstract class DomainBindingScenarios extends DeploymentFixture {

    protected final FakeEdgeProxy proxy = new FakeEdgeProxy();
    protected final FakeDns dns = new FakeDns();

    @BeforeEach
    @Override
    protected void start() {
        store = openStore();
        appaloft = AppaloftEngine.builder().store(store).secretBox(AesGcmSecretBox.withKey("t", new byte[32]))
                .runtime("local-shell", runtime).edgeProxy("local-shell", proxy).dnsResolver(dns)
                .domainVerificationRetry(new RetryPolicy(3, Duration.ofMillis(50), Duration.ofMillis(100)))
                .workers(2, Duration.ofSeconds(5), Duration.ofMillis(50)).build();
        project = appaloft.projects().create(CreateProjectInput.named("shop")).id();
        env = appaloft.environments().create(new CreateEnvironmentInput(project, "production", EnvironmentKind.PRODUCTION,
                null)).id();
        resource = appaloft.resources().create(new CreateResourceInput(project, env, null, "web", null, null, null,
                SourceBinding.of(SourceBinding.Kind.DOCKER_IMAGE, "local/app:1"), null, NetworkProfile.port(8080))).id();
        server = appaloft.servers().create(CreateServerInput.localShell("this host")).id();
    }

    private CreateDomainBindingInput shop(String domain) {
        return CreateDomainBindingInput.serve(project, env, resource, server, domain);
    }

    @Test
    void aBindingIsVerifiedByItsTxtRecordThenServesTheDeployedApp() throws Exception {
        String id = appaloft.domainBindings().create(shop("Shop.Example.com")).id();
        DomainBindingView created = appaloft.domainBindings().show(id).binding();
        assertThat(created.domainName()).isEqualTo("shop.example.com");
        assertThat(created.status()).isEqualTo("pending_verification");
        assertThat(created.pathPrefix()).isEqualTo("/");
        assertThat(created.certificatePolicy()).isEqualTo("disabled");
        assertThat(created.verificationAttemptCount()).isEqualTo(1);
        assertThat(created.dnsObservation().status()).isEqualTo("pending");
        String txt = created.dnsObservation().expectedTargets().get(0);
        assertThat(txt).startsWith("TXT _appaloft-challenge.shop.example.com appaloft-domain-verification=");
        assertThat(appaloft.domainBindings().list(ListDomainBindingsInput.ofResource(resource)).items())
                .extracting(DomainBindingView::id).containsExactly(id);
        assertThat(appaloft.domainBindings().show(id).routeReadiness().status()).isEqualTo("pending");

        // no record yet: the check is recorded, the call says what it found
        assertThatThrownBy(() -> appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.dns(id, "dns-txt")))
                .isInstanceOfSatisfying(AppaloftException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DOMAIN_OWNERSHIP_NOT_VERIFIED);
                    assertThat(e.getMessage()).contains("no TXT record at _appaloft-challenge.shop.example.com");
                });
        DomainBindingView unverified = appaloft.domainBindings().show(id).binding();
        assertThat(unverified.status()).isEqualTo("pending_verification");
        assertThat(unverified.dnsObservation().status()).isEqualTo("unresolved");

        dns.txt.put("_appaloft-challenge.shop.example.com", List.of("v=spf1 -all", txt.substring(txt.lastIndexOf(' ') + 1)));
        var confirmed = appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.dns(id));
        assertThat(confirmed.id()).isEqualTo(id);
        DomainBindingView bound = appaloft.domainBindings().show(id).binding();
        assertThat(bound.status()).as("no app runs yet: bound, no route").isEqualTo("bound");
        assertThat(bound.dnsObservation().status()).isEqualTo("matched");
        assertThat(bound.verificationAttemptCount()).isEqualTo(2);
        assertThat(proxy.routes).doesNotContainKey("domain-" + id);
        assertThat(appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.dns(id)).verificationAttemptId())
                .as("confirming again answers the same attempt").isEqualTo(confirmed.verificationAttemptId());
        DomainBindingDetail waiting = appaloft.domainBindings().show(id);
        assertThat(waiting.routeReadiness().selectedRoute().blockingReason()).isEqualTo("runtime_not_ready");

        String deployment = appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS)).id();
        assertThat(appaloft.deployments().show(deployment).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);
        ProxyRoute route = proxy.routes.get("domain-" + id);
        assertThat(route).isNotNull();
        assertThat(route.host()).isEqualTo("shop.example.com");
        assertThat(route.upstreamPort()).isEqualTo(proxy.routes.get("resource-" + resource).upstreamPort());
        DomainBindingDetail ready = appaloft.domainBindings().show(id);
        assertThat(ready.binding().status()).isEqualTo("ready");
        assertThat(ready.routeReadiness().status()).isEqualTo("ready");
        assertThat(ready.routeReadiness().selectedRoute().proxy().applied()).isEqualTo("applied");
        assertThat(ready.routeReadiness().selectedRoute().context().deploymentId()).isEqualTo(deployment);

        var summary = appaloft.resources().show(resource).accessSummary();
        assertThat(summary.latestDurableDomainRoute().hostname()).isEqualTo("shop.example.com");
        assertThat(summary.latestDurableDomainRoute().url()).isEqualTo("http://shop.example.com:4380/");
        assertThat(summary.latestDurableDomainRoute().deploymentId()).isEqualTo(deployment);

        // a new deployment moves the route to its instance
        int before = route.upstreamPort();
        appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS));
        assertThat(proxy.routes.get("domain-" + id).upstreamPort()).isNotEqualTo(before)
                .isEqualTo(proxy.routes.get("resource-" + resource).upstreamPort());
        assertThat(audit()).containsSubsequence("domain-binding-requested", "domain-binding-verification-failed",
                "domain-bound", "domain-ready");
        assertThat(attemptChecks(id)).as("every check of every attempt is kept").hasSize(2);
    }

    @Test
    void anAliasRedirectsToItsCanonicalBindingWithTheChosenStatus() throws Exception {
        appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS));
        String canonical = appaloft.domainBindings().create(shop("shop.example.com")).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(canonical, "ops", "ticket 42"));
        assertThat(appaloft.domainBindings().show(canonical).binding().status()).isEqualTo("ready");
        assertThat(proxy.routes.get("domain-" + canonical).answered()).isFalse();

        assertFails(() -> appaloft.domainBindings().create(shop("www.example.com").redirectingTo("nope.example.com", 301)),
                ErrorCode.DOMAIN_BINDING_REDIRECT_INVALID);
        assertFailsAt(() -> appaloft.domainBindings().create(shop("www.example.com").redirectingTo("shop.example.com", 303)),
                "redirectStatus");
        String alias = appaloft.domainBindings().create(shop("www.example.com").redirectingTo("shop.example.com", 301)).id();
        assertThat(appaloft.domainBindings().show(alias).binding().redirectStatus()).isEqualTo(301);
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(alias, null, null));
        ProxyRoute redirect = proxy.routes.get("domain-" + alias);
        assertThat(redirect.answer().status()).isEqualTo(301);
        assertThat(redirect.answer().location()).isEqualTo("http://shop.example.com:4380");
        assertThat(appaloft.domainBindings().show(alias).routeReadiness().routeBehavior()).isEqualTo("redirect");

        assertFails(() -> appaloft.domainBindings().configureRoute(
                ConfigureDomainRouteInput.redirect(canonical, "www.example.com", 302)), ErrorCode.DOMAIN_BINDING_REDIRECT_INVALID);
        appaloft.domainBindings().configureRoute(ConfigureDomainRouteInput.redirect(alias, "shop.example.com", null));
        assertThat(proxy.routes.get("domain-" + alias).answer().status()).as("the default status").isEqualTo(308);
        appaloft.domainBindings().configureRoute(ConfigureDomainRouteInput.serve(alias));
        assertThat(proxy.routes.get("domain-" + alias).answered()).isFalse();
        long configured = audit().stream().filter("domain-binding-route-configured"::equals).count();
        appaloft.domainBindings().configureRoute(ConfigureDomainRouteInput.serve(alias));
        assertThat(audit().stream().filter("domain-binding-route-configured"::equals).count())
                .as("as configured already: nothing recorded").isEqualTo(configured).isEqualTo(2);
    }

    @Test
    void aRestartOnAnotherPortMovesTheDomainRouteToo() {
        appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS));
        String id = appaloft.domainBindings().create(shop("shop.example.com")).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "ops", null));
        int before = proxy.routes.get("domain-" + id).upstreamPort();
        appaloft.resources().runtime().restart(dev.appaloft.api.resources.running.RuntimeControlInput.of(resource));
        int now = proxy.routes.get("resource-" + resource).upstreamPort();
        assertThat(now).isNotEqualTo(before);
        assertThat(proxy.routes.get("domain-" + id).upstreamPort()).isEqualTo(now);
        assertThat(appaloft.domainBindings().show(id).routeReadiness().status()).isEqualTo("ready");
    }

    @Test
    void anEngineStartingOnAnEmptyProxyRoutesTheDomainsAgain() {
        appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS));
        String id = appaloft.domainBindings().create(shop("shop.example.com")).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "ops", null));
        ProxyRoute before = proxy.routes.get("domain-" + id);
        FakeEdgeProxy restarted = new FakeEdgeProxy();
        try (AppaloftEngine again = AppaloftEngine.builder().store(store, false)
                .secretBox(AesGcmSecretBox.withKey("t", new byte[32])).runtime("local-shell", runtime)
                .edgeProxy("local-shell", restarted).dnsResolver(dns).build()) {
            assertThat(restarted.routes.get("domain-" + id)).isEqualTo(before);
        }
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertFails(() -> appaloft.domainBindings().create(new CreateDomainBindingInput(project, env, resource, server,
                server, "a.example.com", null, "none", null, null, null, null, null)), ErrorCode.DOMAIN_BINDING_PROXY_REQUIRED);
        for (String bad : List.of("http://a.example.com", "example", "a..example.com", "*.example.com", "a_b.example.com")) {
            assertFailsAt(() -> appaloft.domainBindings().create(shop(bad)), "domainName");
        }
        assertFailsAt(() -> appaloft.domainBindings().create(new CreateDomainBindingInput(project, env, resource, server,
                server, "a.example.com", "api", "caddy", "disabled", null, null, null, null)), "pathPrefix");
        assertFailsAt(() -> appaloft.domainBindings().create(new CreateDomainBindingInput(project, env, resource, server,
                server, "a.example.com", null, "caddy", "disabled", null, null, "auto", null)), "certificatePolicy");
        assertFailsAt(() -> appaloft.domainBindings().create(new CreateDomainBindingInput("prj_other", env, resource, server,
                server, "a.example.com", null, "caddy", "disabled", null, null, null, null)), "projectId");
        assertFails(() -> appaloft.domainBindings().create(CreateDomainBindingInput.serve(project, env, "res_missing",
                server, "a.example.com")), ErrorCode.NOT_FOUND);
        assertFails(() -> appaloft.domainBindings().show("dmb_missing"), ErrorCode.NOT_FOUND);

        String id = appaloft.domainBindings().create(shop("a.example.com").withIdempotencyKey("k1")).id();
        assertThat(appaloft.domainBindings().create(shop("a.example.com").withIdempotencyKey("k1")).id()).isEqualTo(id);
        assertFails(() -> appaloft.domainBindings().create(shop("A.example.com")), ErrorCode.DOMAIN_BINDING_CONFLICT);
        assertThat(audit().stream().filter("domain-binding-requested"::equals).count()).isEqualTo(1);
        assertFails(() -> appaloft.domainBindings().retryVerification("dmb_missing"), ErrorCode.NOT_FOUND);
    }

    @Test
    void aDeveloperProvesOwnershipAManualConfirmationNeedsAnAdmin() {
        String id = appaloft.domainBindings().create(shop("shop.example.com")).id();
        var developer = appaloft.as(dev.appaloft.api.Actor.user("usr_dev", dev.appaloft.api.Actor.SELF_HOSTED_ORGANIZATION,
                dev.appaloft.api.Actor.Role.DEVELOPER));
        assertFails(() -> developer.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "me", null)),
                ErrorCode.FORBIDDEN);
        assertThat(appaloft.domainBindings().show(id).binding().status()).isEqualTo("pending_verification");
        var admin = appaloft.as(dev.appaloft.api.Actor.user("usr_admin", dev.appaloft.api.Actor.SELF_HOSTED_ORGANIZATION,
                dev.appaloft.api.Actor.Role.ADMIN));
        admin.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "admin", "ticket 9"));
        assertThat(appaloft.domainBindings().show(id).binding().status()).isEqualTo("bound");
    }

    @Test
    void deletingRemovesTheRouteAndFreesTheDomain() throws Exception {
        String deployment = appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS)).id();
        String id = appaloft.domainBindings().create(shop("shop.example.com")).id();
        appaloft.domainBindings().confirmOwnership(ConfirmDomainOwnershipInput.manual(id, "ops", null));
        assertThat(proxy.routes).containsKey("domain-" + id);
        var check = appaloft.domainBindings().deleteCheck(id);
        assertThat(check.safeToDelete()).isTrue();
        assertThat(check.preservesGeneratedAccess()).isTrue();
        assertFailsAt(() -> appaloft.domainBindings().delete(new DeleteDomainBindingInput(id,
                new DeleteDomainBindingInput.Confirmation("dmb_other"), null)), "confirmation.domainBindingId");
        assertThat(appaloft.servers().deleteCheck(server).blockers()).extracting(b -> b.kind()).contains("domain-binding");
        assertThat(appaloft.projects().deleteCheck(project).blockers()).extracting(b -> b.kind()).contains("domain-binding");
        appaloft.domainBindings().delete(id);
        assertThat(appaloft.servers().deleteCheck(server).blockers()).extracting(b -> b.kind()).doesNotContain("domain-binding");
        assertThat(proxy.routes).doesNotContainKey("domain-" + id).containsKey("resource-" + resource);
        assertFails(() -> appaloft.domainBindings().show(id), ErrorCode.NOT_FOUND);
        assertFails(() -> appaloft.domainBindings().delete(id), ErrorCode.NOT_FOUND);
        assertThat(appaloft.domainBindings().list(ListDomainBindingsInput.all()).items()).isEmpty();
        String again = appaloft.domainBindings().create(shop("shop.example.com")).id();
        assertThat(again).isNotEqualTo(id);
        assertThat(audit()).containsSubsequence("domain-binding-deleted", "domain-binding-requested");

        appaloft.resources().archive(new ArchiveResourceInput(resource, "retired", null));
        assertFails(() -> appaloft.resources().delete(DeleteResourceInput.confirmed(resource, "web")),
                ErrorCode.RESOURCE_DELETE_BLOCKED); // the binding hangs on it
        appaloft.domainBindings().delete(again);
        appaloft.deployments().archive(deployment);
        appaloft.resources().delete(DeleteResourceInput.confirmed(resource, "web"));
    }

    @Test
    void aRetriedVerificationChecksAgainWithBackoffUntilTheRecordAppears() throws Exception {
        String id = appaloft.domainBindings().create(shop("shop.example.com")).id();
        String token = token(id);
        var retried = appaloft.domainBindings().retryVerification(id);
        assertThat(retried.verificationAttemptId()).startsWith("dva_");
        // the first checks find nothing; the record appears while the queue backs off
        await(() -> attemptChecks(id).size() >= 1);
        dns.txt.put("_appaloft-challenge.shop.example.com", List.of("appaloft-domain-verification=" + token));
        await(() -> appaloft.domainBindings().show(id).binding().status().equals("bound"));
        assertThat(attemptChecks(id)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(attemptChecks(id).get(attemptChecks(id).size() - 1).path("outcome").asText()).isEqualTo("matched");
        assertFails(() -> appaloft.domainBindings().retryVerification(id), ErrorCode.DOMAIN_BINDING_STATE_INVALID);
    }

    @Test
    void aRetryThatNeverFindsTheRecordEndsFailedAfterItsBoundedChecks() throws Exception {
        String id = appaloft.domainBindings().create(shop("shop.example.com")).id();
        dns.failing.add("_appaloft-challenge.shop.example.com");
        appaloft.domainBindings().retryVerification(id);
        await(() -> attempts(id).path(1).path("status").asText().equals("failed"));
        // three runs (the policy's bound), each the TXT record then the HTTP token
        assertThat(attempts(id).path(1).path("checks")).hasSize(6);
        assertThat(attempts(id).path(1).path("checks").path(1).path("outcome").asText()).isEqualTo("unresolved");
        assertThat(attempts(id).path(1).path("checks").path(0).path("outcome").asText()).isEqualTo("lookup_failed");
        assertThat(appaloft.domainBindings().show(id).binding().status()).isEqualTo("pending_verification");
        assertThat(audit().stream().filter("domain-binding-verification-failed"::equals).count()).isEqualTo(1);
    }

    @Test
    void defaultAccessPoliciesDecideTheGeneratedHostPerScope() throws Exception {
        var policies = appaloft.defaultAccessPolicies();
        assertThat(policies.show(ShowDefaultAccessPolicyInput.system()).policy()).isNull();
        assertThat(appaloft.resources().show(resource).accessSummary().plannedGeneratedAccessRoute().hostname())
                .as("the engine's default").isEqualTo("web-production.localhost");

        String system = policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.system(),
                "custom-template", null, "*.apps.example.com")).id();
        assertThat(policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.system(), "custom-template",
                null, "*.apps.example.com")).id()).isEqualTo(system);
        assertThat(audit().stream().filter("default-access-domain-policy-configured"::equals).count())
                .as("configured as it is: nothing recorded").isEqualTo(1);
        var planned = appaloft.resources().show(resource).accessSummary().plannedGeneratedAccessRoute();
        assertThat(planned.hostname()).isEqualTo("web-production.apps.example.com");
        String deployment = appaloft.deployments().create(deploy(ExecutionMode.SYNCHRONOUS)).id();
        assertThat(proxy.routes.get("resource-" + resource).host()).isEqualTo("web-production.apps.example.com");
        assertThat(appaloft.deployments().show(deployment).status().current()).isEqualTo(DeploymentStatus.SUCCEEDED);

        // the server's own policy wins over the system one
        String own = policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.server(server), "disabled",
                null, null)).id();
        assertThat(appaloft.resources().show(resource).accessSummary().plannedGeneratedAccessRoute()).isNull();
        assertThat(policies.show(ShowDefaultAccessPolicyInput.server(server)).policy().id()).isEqualTo(own);
        assertThat(policies.list().items()).extracting(p -> p.scope().kind()).containsExactly("system", "deployment-target");
        policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.server(server), "provider", "local", null));
        assertThat(appaloft.resources().show(resource).accessSummary().plannedGeneratedAccessRoute().providerKey())
                .isEqualTo("local");

        assertFailsAt(() -> policies.configure(ConfigureDefaultAccessPolicyInput.of(
                new AccessPolicyScope("deployment-target", null), "disabled", null, null)), "scope.serverId");
        assertFailsAt(() -> policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.system(),
                "custom-template", null, null)), "templateRef");
        assertFailsAt(() -> policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.system(),
                "custom-template", null, "{resource}_x.example.com")), "templateRef");
        assertFailsAt(() -> policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.system(),
                "provider", "nip", null)), "providerKey");
        assertFails(() -> policies.configure(ConfigureDefaultAccessPolicyInput.of(AccessPolicyScope.server("srv_missing"),
                "disabled", null, null)), ErrorCode.NOT_FOUND);
        assertFailsAt(() -> policies.show(new ShowDefaultAccessPolicyInput("deployment-target", null)), "serverId");
    }

    protected List<String> audit() {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 10_000)).stream().map(StreamRecord::type).toList();
    }

    private JsonNode document(String id) {
        return store.read(r -> r.find(StoreCollections.DOMAIN_BINDINGS, id)).map(d -> Json.read(d.body(), JsonNode.class))
                .orElseThrow();
    }

    private JsonNode attempts(String id) {
        return document(id).path("attempts");
    }

    private String token(String id) {
        return document(id).path("token").asText();
    }

    private List<JsonNode> attemptChecks(String id) {
        List<JsonNode> checks = new java.util.ArrayList<>();
        attempts(id).forEach(a -> a.path("checks").forEach(checks::add));
        return checks;
    }

    static void await(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(20);
        }
    }

    static void assertFailsAt(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AppaloftException.class,
                e -> assertThat(e.issues()).extracting(i -> i.dottedPath()).anySatisfy(p -> assertThat(p).startsWith(field)));
    }
}
