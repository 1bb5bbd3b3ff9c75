package dev.appaloft.core;

import static dev.appaloft.core.Failures.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.Actor;
import dev.appaloft.api.access.DeployTokenScope;
import dev.appaloft.api.deploytokens.*;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.extensions.*;
import dev.appaloft.api.identity.*;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.projects.ListProjectsInput;
import dev.appaloft.api.store.Store;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.identity.IdentityErrors;
import dev.appaloft.core.identity.Passwords;
import dev.appaloft.core.identity.SignedIn;
import dev.appaloft.core.internal.UnitOfWork;
import dev.appaloft.core.secrets.AesGcmSecretBox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Identity through the facade and the engine's authentication, on one store: bootstrap, sign-in,
 * sessions, members, invitations, deploy tokens and the extension points. Memory, SQLite and
 * PostgreSQL run the same scenarios.
 */
public abstract class IdentityScenarios {

    static final String PASSWORD = "correct horse battery";
    static final Actor.Origin FROM = new Actor.Origin("203.0.113.7", "Mozilla/5.0 test", null);

    protected Store store;
    protected AppaloftEngine engine;
    final TestClock clock = new TestClock(Instant.parse("2026-11-20T10:00:00Z"));

    protected abstract Store openStore();

    @BeforeEach
    void start() {
        store = openStore();
        engine = AppaloftEngine.builder().store(store).clock(clock)
                .secretBox(AesGcmSecretBox.withKey("test", new byte[32]))
                .passwords(new Passwords(64, 1, 1)) // cheap hashes: these tests are about the rules
                .build();
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    /** Bootstraps the first admin and signs in: the owner of the built-in organization. */
    SignedIn owner() {
        engine.auth().bootstrapFirstAdmin(BootstrapFirstAdminInput.of("owner@example.com", "Olga Owner", PASSWORD));
        return engine.authentication().signIn("owner@example.com", PASSWORD, null, FROM);
    }

    dev.appaloft.api.Appaloft.Session as(SignedIn signedIn) {
        Actor actor = engine.authentication().authenticate(signedIn.token());
        return engine.as(actor.from(new Actor.Origin(FROM.clientAddress(), FROM.userAgent(), actor.sessionId())));
    }

    /** Invites {@code email} with {@code role} and signs the new account up with the invitation. */
    SignedIn member(SignedIn inviter, String email, Actor.Role role) {
        InvitationView invitation = as(inviter).organizations().invite(
                new InviteMemberInput(inviter.session().organizationId(), email, role, null));
        return engine.authentication().signUp(email, PASSWORD, email, invitation.invitationToken(), FROM);
    }

    @Test
    void theFirstAdminIsBootstrappedOnceAndOwnsTheBuiltInOrganization() {
        BootstrapStatus before = engine.auth().bootstrapStatus();
        assertThat(before.bootstrapRequired()).isTrue();
        assertThat(before.organizationConfigured()).isFalse();

        FirstAdminBootstrapped done = engine.as(Actor.anonymous()).auth().bootstrapFirstAdmin(
                new BootstrapFirstAdminInput("Admin@Example.com", "Ada", null, "Acme Ops", null, null));
        assertThat(done.generatedPassword()).as("no password given: one is generated, once").startsWith("aplt-admin-");
        assertThat(done.organizationId()).isEqualTo(Actor.SELF_HOSTED_ORGANIZATION);
        assertThat(done.organizationSlug()).isEqualTo("acme-ops");
        assertThat(done.email()).isEqualTo("admin@example.com");

        assertFails(() -> engine.as(Actor.anonymous()).auth().bootstrapFirstAdmin(
                BootstrapFirstAdminInput.of("other@example.com", "Eve", PASSWORD)), IdentityErrors.FIRST_ADMIN_BOOTSTRAP_DISABLED);
        BootstrapStatus after = engine.auth().bootstrapStatus();
        assertThat(after.bootstrapRequired()).isFalse();
        assertThat(after.organizationConfigured()).isTrue();
        assertThat(after.organizationSlug()).isEqualTo("acme-ops");

        SignedIn signedIn = engine.authentication().signIn("admin@example.com", done.generatedPassword(), null, FROM);
        Actor actor = engine.authentication().authenticate(signedIn.token());
        assertThat(actor.kind()).isEqualTo(Actor.Kind.USER);
        assertThat(actor.role()).isEqualTo(Actor.Role.OWNER);
        assertThat(actor.organizationId()).isEqualTo(Actor.SELF_HOSTED_ORGANIZATION);
        assertThat(signedIn.token()).matches("aplt_ses_[0-9a-f]{64}");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailAnswerTheSameAndRepeatedFailuresAreThrottled() {
        owner();
        AppaloftException wrong = signInFails("owner@example.com", "not the password");
        AppaloftException unknown = signInFails("nobody@example.com", "not the password");
        assertThat(wrong.code()).isEqualTo(IdentityErrors.INVALID_EMAIL_OR_PASSWORD).isEqualTo(unknown.code());
        assertThat(wrong.getMessage()).isEqualTo(unknown.getMessage());

        signInFails("owner@example.com", "again wrong");
        signInFails("owner@example.com", "third time");
        AppaloftException throttled = signInFails("owner@example.com", PASSWORD);
        assertThat(throttled.code()).as("even the right password waits once the account is throttled")
                .isEqualTo(IdentityErrors.SIGN_IN_THROTTLED);
        assertThat(throttled.details()).containsKey("retryAfterSeconds");
        for (int i = 0; i < 4; i++) {
            signInFails("nobody@example.com", "x" + i);
        }
        assertThat(signInFails("nobody@example.com", "y").code()).as("unknown emails are throttled alike")
                .isEqualTo(IdentityErrors.SIGN_IN_THROTTLED);

        clock.advance(Duration.ofSeconds(2));
        assertThat(engine.authentication().signIn("owner@example.com", PASSWORD, null, FROM).token()).isNotBlank();
    }

    @Test
    void sessionsExpireCanBeRevokedAndSignedOut() {
        SignedIn first = owner();
        SignedIn second = engine.authentication().signIn("owner@example.com", PASSWORD, null, FROM);
        AccountSessionList sessions = as(first).account().listSessions();
        assertThat(sessions.items()).hasSize(2);
        assertThat(sessions.items()).filteredOn(AccountSessionView::current).extracting(AccountSessionView::sessionId)
                .containsExactly(first.session().sessionId());
        assertThat(sessions.items().get(0).ipAddress()).isEqualTo("203.0.113.7");

        as(first).account().revokeSession(second.session().sessionId());
        assertFails(() -> engine.authentication().authenticate(second.token()), ErrorCode.INVALID_CREDENTIALS);

        assertThat(engine.authentication().signOut(first.token(), FROM)).isTrue();
        assertFails(() -> engine.authentication().authenticate(first.token()), ErrorCode.INVALID_CREDENTIALS);
        assertThat(engine.authentication().session(first.token())).isEmpty();

        SignedIn third = engine.authentication().signIn("owner@example.com", PASSWORD, null, FROM);
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertFails(() -> engine.authentication().authenticate(third.token()), ErrorCode.INVALID_CREDENTIALS);
        assertFails(() -> engine.authentication().authenticate("aplt_ses_" + "0".repeat(64)), ErrorCode.INVALID_CREDENTIALS);
        assertFails(() -> engine.authentication().authenticate("garbage"), ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void anotherUsersSessionReadsAsAbsent() {
        SignedIn owner = owner();
        SignedIn dev = member(owner, "dev@example.com", Actor.Role.DEVELOPER);
        assertFails(() -> as(dev).account().revokeSession(owner.session().sessionId()), ErrorCode.NOT_FOUND);
        assertThat(engine.authentication().authenticate(owner.token()).id()).isEqualTo(owner.session().userId());
    }

    @Test
    void invitationsAreAcceptedBySigningUpOnceAndGiveTheirRole() {
        SignedIn owner = owner();
        InvitationView invitation = as(owner).organizations().invite(
                new InviteMemberInput(Actor.SELF_HOSTED_ORGANIZATION, "Viewer@Example.com", Actor.Role.VIEWER, null));
        assertThat(invitation.invitationToken()).matches("aplt_inv_[0-9a-f]{64}");
        assertThat(invitation.status()).isEqualTo(InvitationStatus.PENDING);
        assertThat(invitation.responseHeaders()).containsKey(InvitationView.TOKEN_HEADER);

        assertFails(() -> engine.authentication().signUp("someone@example.com", PASSWORD, "x",
                invitation.invitationToken(), FROM), IdentityErrors.INVITATION_INVALID);
        SignedIn viewer = engine.authentication().signUp("viewer@example.com", PASSWORD, "Vic",
                invitation.invitationToken(), FROM);
        Actor actor = engine.authentication().authenticate(viewer.token());
        assertThat(actor.role()).isEqualTo(Actor.Role.VIEWER);
        assertFails(() -> engine.authentication().signUp("viewer2@example.com", PASSWORD, "x",
                invitation.invitationToken(), FROM), IdentityErrors.INVITATION_INVALID);

        assertThat(as(owner).organizations().listInvitations(ListInvitationsInput.of(Actor.SELF_HOSTED_ORGANIZATION))
                .items()).extracting(InvitationView::status).containsExactly(InvitationStatus.ACCEPTED);
        assertThat(as(owner).organizations().listMembers(ListMembersInput.of(Actor.SELF_HOSTED_ORGANIZATION)).items())
                .extracting(MemberView::email).containsExactlyInAnyOrder("owner@example.com", "viewer@example.com");

        InvitationView late = as(owner).organizations().invite(
                new InviteMemberInput(Actor.SELF_HOSTED_ORGANIZATION, "late@example.com", Actor.Role.DEVELOPER, null));
        clock.advance(Duration.ofDays(8));
        SignedIn later = engine.authentication().signIn("owner@example.com", PASSWORD, null, FROM);
        assertThat(as(later).organizations().listInvitations(new ListInvitationsInput(Actor.SELF_HOSTED_ORGANIZATION,
                InvitationStatus.EXPIRED, null, null)).items()).extracting(InvitationView::invitationId)
                .containsExactly(late.invitationId());
        assertFails(() -> engine.authentication().signUp("late@example.com", PASSWORD, "x", late.invitationToken(), FROM),
                IdentityErrors.INVITATION_INVALID);
    }

    @Test
    void anExistingUserAcceptsAnInvitationBySigningInAndSwitchesBetweenOrganizations() {
        SignedIn owner = owner();
        SignedIn dev = member(owner, "dev@example.com", Actor.Role.DEVELOPER);
        String other = engine.authentication().createOrganization(engine.authentication().authenticate(dev.token()),
                "Side Project", null);
        SignedIn devInOther = engine.authentication().signIn("dev@example.com", PASSWORD, null, FROM);
        OrganizationContext context = as(devInOther).organizations().currentContext();
        assertThat(context.currentOrganization().organizationId()).isEqualTo(other);
        assertThat(context.currentOrganization().role()).isEqualTo(Actor.Role.OWNER);
        assertThat(context.organizations()).hasSize(2);

        OrganizationContext switched = as(devInOther).organizations().switchCurrent(Actor.SELF_HOSTED_ORGANIZATION);
        assertThat(switched.currentOrganization().role()).isEqualTo(Actor.Role.DEVELOPER);
        assertThat(switched.permissions().canInviteMembers()).isFalse();
        Actor now = engine.authentication().authenticate(devInOther.token());
        assertThat(now.organizationId()).as("the session acts in the switched-to organization").isEqualTo(Actor.SELF_HOSTED_ORGANIZATION);

        // the owner of the side project invites the first owner, who accepts by signing in
        InvitationView invitation = as(devInOther).organizations().switchCurrent(other) != null
                ? as(devInOther).organizations().invite(new InviteMemberInput(other, "owner@example.com", Actor.Role.ADMIN, null))
                : null;
        SignedIn accepted = engine.authentication().signIn("owner@example.com", PASSWORD, invitation.invitationToken(), FROM);
        assertThat(engine.authentication().authenticate(accepted.token()).organizationId()).isEqualTo(other);
        assertThat(engine.authentication().authenticate(accepted.token()).role()).isEqualTo(Actor.Role.ADMIN);
        assertFails(() -> as(accepted).organizations().switchCurrent("org_nowhere"), ErrorCode.NOT_FOUND);
    }

    @Test
    void theLastOwnerCannotBeRemovedOrDemotedAndOnlyOwnersTouchTheOwnerRole() {
        SignedIn owner = owner();
        SignedIn admin = member(owner, "admin@example.com", Actor.Role.ADMIN);
        String org = Actor.SELF_HOSTED_ORGANIZATION;
        MemberView ownerMember = members(owner).stream().filter(m -> m.role() == Actor.Role.OWNER).findFirst().orElseThrow();
        MemberView adminMember = members(owner).stream().filter(m -> m.role() == Actor.Role.ADMIN).findFirst().orElseThrow();

        assertFails(() -> as(owner).organizations().updateMemberRole(new UpdateMemberRoleInput(org, ownerMember.memberId(),
                Actor.Role.ADMIN, null)), IdentityErrors.LAST_OWNER);
        assertFails(() -> as(owner).organizations().removeMember(org, ownerMember.memberId()), IdentityErrors.LAST_OWNER);
        assertFails(() -> as(admin).organizations().removeMember(org, ownerMember.memberId()),
                IdentityErrors.OWNER_ROLE_NEEDS_OWNER);
        assertFails(() -> as(admin).organizations().updateMemberRole(new UpdateMemberRoleInput(org, adminMember.memberId(),
                Actor.Role.OWNER, null)), IdentityErrors.OWNER_ROLE_NEEDS_OWNER);
        assertFails(() -> as(admin).organizations().invite(new InviteMemberInput(org, "x@example.com", Actor.Role.OWNER, null)),
                IdentityErrors.OWNER_ROLE_NEEDS_OWNER);

        OwnershipTransferred transferred = as(owner).organizations().transferOwner(
                new TransferOwnerInput(org, ownerMember.memberId(), adminMember.memberId(), null));
        assertThat(transferred.toMember().role()).isEqualTo(Actor.Role.OWNER);
        assertThat(transferred.fromMember().role()).isEqualTo(Actor.Role.ADMIN);
        assertThat(engine.authentication().authenticate(owner.token()).role()).as("a role change applies at once")
                .isEqualTo(Actor.Role.ADMIN);
        assertFails(() -> as(owner).organizations().delete(org), ErrorCode.FORBIDDEN);
        assertFails(() -> as(admin).organizations().delete(org), IdentityErrors.BUILT_IN_ORGANIZATION);
    }

    @Test
    void aRemovedMemberLosesAccessAtOnce() {
        SignedIn owner = owner();
        SignedIn dev = member(owner, "dev@example.com", Actor.Role.DEVELOPER);
        as(dev).projects().create(CreateProjectInput.named("shop"));
        MemberView devMember = members(owner).stream().filter(m -> m.email().equals("dev@example.com")).findFirst().orElseThrow();
        as(owner).organizations().removeMember(Actor.SELF_HOSTED_ORGANIZATION, devMember.memberId());
        assertFails(() -> engine.authentication().authenticate(dev.token()), ErrorCode.INVALID_CREDENTIALS);
        assertFails(() -> engine.authentication().signIn("dev@example.com", PASSWORD, null, FROM), IdentityErrors.NO_ORGANIZATION);
    }

    @Test
    void rolesDecideWhatAMemberMayDo() {
        SignedIn owner = owner();
        SignedIn viewer = member(owner, "viewer@example.com", Actor.Role.VIEWER);
        SignedIn dev = member(owner, "dev@example.com", Actor.Role.DEVELOPER);
        assertFails(() -> as(viewer).projects().create(CreateProjectInput.named("no")), ErrorCode.FORBIDDEN);
        String project = as(dev).projects().create(CreateProjectInput.named("yes")).id();
        assertThat(as(viewer).projects().show(project).name()).isEqualTo("yes");
        assertFails(() -> as(dev).deployTokens().list(ListDeployTokensInput.of(Actor.SELF_HOSTED_ORGANIZATION)),
                ErrorCode.FORBIDDEN);
        CapabilityAnswers answers = as(viewer).extensionPoints().queryCapabilities(
                CapabilityQueryInput.of("projects.list", "projects.create", "deploy-tokens.create", "nope.nope"));
        assertThat(answers.capabilities()).extracting(CapabilityAnswers.Answer::allowed).containsExactly(true, false, false, false);
        assertThat(answers.capabilities().get(3).hint()).isEqualTo("unknown-operation");
    }

    @Test
    void deployTokensAreShownOnceAndStopWorkingWhenRotatedRevokedOrExpired() {
        SignedIn owner = owner();
        String org = Actor.SELF_HOSTED_ORGANIZATION;
        DeployTokenScope scope = new DeployTokenScope(List.of("prj_a"), List.of(), List.of(), List.of(), List.of(),
                List.of("source-link-deploy"));
        CreatedDeployToken created = as(owner).deployTokens().create(new CreateDeployTokenInput(org, "ci", scope, null, null));
        assertThat(created.token()).matches("aplt_dt_[0-9a-f]{64}").endsWith(created.secretSuffix());
        Actor token = engine.authentication().authenticate(created.token());
        assertThat(token.kind()).isEqualTo(Actor.Kind.DEPLOY_TOKEN);
        assertThat(token.scope().projectIds()).containsExactly("prj_a");
        assertFails(() -> engine.as(token).projects().list(new ListProjectsInput(null)),
                dev.appaloft.core.access.AccessPolicy.DEPLOY_TOKEN_FORBIDDEN);

        DeployTokenView shown = as(owner).deployTokens().show(created.tokenId(), org);
        assertThat(shown.secretSuffix()).isEqualTo(created.secretSuffix());
        assertThat(shown.status()).isEqualTo(DeployTokenStatus.ACTIVE);

        RotatedDeployToken rotated = as(owner).deployTokens().rotate(created.tokenId(), org);
        assertFails(() -> engine.authentication().authenticate(created.token()), ErrorCode.INVALID_CREDENTIALS);
        assertThat(engine.authentication().authenticate(rotated.token()).id()).isEqualTo(created.tokenId());

        as(owner).deployTokens().revoke(created.tokenId(), org);
        assertFails(() -> engine.authentication().authenticate(rotated.token()), ErrorCode.INVALID_CREDENTIALS);
        assertThat(as(owner).deployTokens().list(new ListDeployTokensInput(org, DeployTokenStatus.REVOKED, null, null, null))
                .items()).extracting(DeployTokenView::tokenId).containsExactly(created.tokenId());

        CreatedDeployToken expiring = as(owner).deployTokens().create(new CreateDeployTokenInput(org, "short", scope,
                clock.instant().plus(Duration.ofHours(1)).toString(), null));
        engine.authentication().authenticate(expiring.token());
        clock.advance(Duration.ofHours(2));
        engine.authentication().invalidate(); // the cache entry would expire with the token anyway
        assertFails(() -> engine.authentication().authenticate(expiring.token()), ErrorCode.INVALID_CREDENTIALS);
        assertFails(() -> as(owner).deployTokens().create(new CreateDeployTokenInput(org, "x", new DeployTokenScope(
                null, null, null, null, null, List.of()), null, null)), ErrorCode.VALIDATION_ERROR);
        assertFails(() -> as(owner).deployTokens().show(created.tokenId(), "org_other"), ErrorCode.NOT_FOUND);
    }

    @Test
    void identityChangesLandInTheAuditStreamWithTheirOriginAndWithoutSecrets() {
        SignedIn owner = owner();
        CreatedDeployToken token = as(owner).deployTokens().create(new CreateDeployTokenInput(Actor.SELF_HOSTED_ORGANIZATION,
                "ci", new DeployTokenScope(null, null, null, null, null, List.of("source-link-deploy")), null, null));
        member(owner, "dev@example.com", Actor.Role.DEVELOPER);
        List<StreamRecord> audit = store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 1000));
        assertThat(audit).extracting(StreamRecord::type).contains("first-admin.bootstrapped", "user.signed-in",
                "deploy-token.created", "organization.member-invited", "invitation.accepted", "user.signed-up");
        String all = String.join("\n", audit.stream().map(StreamRecord::body).toList());
        assertThat(all).contains("\"clientAddress\":\"203.0.113.7\"")
                .doesNotContain(PASSWORD).doesNotContain(token.token()).doesNotContain("aplt_ses_")
                .doesNotContain("aplt_inv_").doesNotContain("$argon2id");
        String events = String.join("\n", store.read(r -> r.readStream(UnitOfWork.DOMAIN_EVENTS, 0, 1000))
                .stream().map(StreamRecord::body).toList());
        assertThat(events).doesNotContain(token.token()).doesNotContain("sha256:").doesNotContain(PASSWORD);
    }

    @Test
    void accountProfileChangesAndDeletion() {
        SignedIn owner = owner();
        SignedIn dev = member(owner, "dev@example.com", Actor.Role.DEVELOPER);
        AccountProfile changed = as(dev).account().changeProfile(new ChangeAccountProfileInput("Dee", "https://x.example/a.png", null));
        assertThat(changed.displayName()).isEqualTo("Dee");
        assertThat(as(dev).account().showProfile().avatarUrl()).isEqualTo("https://x.example/a.png");
        assertFails(() -> as(dev).account().changeProfile(new ChangeAccountProfileInput(null, "not a url", null)),
                ErrorCode.VALIDATION_ERROR);
        assertFails(() -> as(owner).account().delete(owner.session().userId()), IdentityErrors.LAST_OWNER);
        assertFails(() -> as(dev).account().delete("usr_someone_else"), ErrorCode.VALIDATION_ERROR);
        as(dev).account().delete(dev.session().userId());
        assertFails(() -> engine.authentication().authenticate(dev.token()), ErrorCode.INVALID_CREDENTIALS);
        assertFails(() -> engine.authentication().signIn("dev@example.com", PASSWORD, null, FROM),
                IdentityErrors.INVALID_EMAIL_OR_PASSWORD);
        assertFails(() -> engine.system().account().showProfile(), IdentityErrors.ACCOUNT_REQUIRED);
    }

    @Test
    void organizationProfileIsTheCallersOwnAndOthersReadAsAbsent() {
        SignedIn owner = owner();
        OrganizationProfile profile = as(owner).organizations().changeProfile(new ChangeOrganizationProfileInput(
                Actor.SELF_HOSTED_ORGANIZATION, "Acme", "acme", null, null));
        assertThat(profile.slug()).isEqualTo("acme");
        assertThat(profile.permissions().canTransferOwnership()).isTrue();
        String other = engine.authentication().createOrganization(engine.authentication().authenticate(owner.token()),
                "Other", "other");
        assertThat(as(owner).organizations().showProfile(other).role()).as("a new organization becomes the current one")
                .isEqualTo(Actor.Role.OWNER);
        assertFails(() -> as(owner).organizations().showProfile(Actor.SELF_HOSTED_ORGANIZATION), ErrorCode.NOT_FOUND);
        assertFails(() -> engine.authentication().createOrganization(engine.authentication().authenticate(owner.token()),
                "Again", "acme"), IdentityErrors.ORGANIZATION_SLUG_CONFLICT);

        // an organization that still owns projects is not deleted; once they are gone, it is
        String project = as(owner).projects().create(CreateProjectInput.named("left-behind")).id();
        assertFails(() -> as(owner).organizations().delete(other), IdentityErrors.ORGANIZATION_DELETE_BLOCKED);
        as(owner).projects().archive(new dev.appaloft.api.projects.ArchiveProjectInput(project, null));
        as(owner).projects().delete(dev.appaloft.api.projects.DeleteProjectInput.confirmed(project));
        assertThat(as(owner).organizations().delete(other).organizationId()).isEqualTo(other);
    }

    @Test
    void extensionPointsRecordPerOrganization() {
        SignedIn owner = owner();
        RecordUsageIntentInput intent = new RecordUsageIntentInput("k1", "deployments.create", null, null, null, null,
                null, new Quantity(1, "deployment"), "test", null, null);
        UsageIntentRecorded first = as(owner).extensionPoints().recordUsageIntent(intent);
        UsageIntentRecorded again = as(owner).extensionPoints().recordUsageIntent(intent);
        assertThat(first.result().status()).isEqualTo("accepted");
        assertThat(again.result().duplicate()).isTrue();
        assertThat(again.result().record().id()).isEqualTo(first.result().record().id());
        assertThat(as(owner).extensionPoints().listUsageIntents(new ListUsageIntentsInput(null, null, null, null, null, null))
                .records()).hasSize(1);
        Actor stranger = Actor.user("usr_x", "org_x", Actor.Role.OWNER);
        assertThat(engine.as(stranger).extensionPoints().listUsageIntents(new ListUsageIntentsInput(null, null, null,
                null, null, null)).records()).isEmpty();
        assertFails(() -> engine.as(stranger).extensionPoints().listUsageIntents(new ListUsageIntentsInput(null, null,
                Actor.SELF_HOSTED_ORGANIZATION, null, null, null)), ErrorCode.NOT_FOUND);

        OverlayEvaluated overlay = as(owner).extensionPoints().evaluateDeploymentOverlay(new EvaluateDeploymentOverlayInput(
                "deployments.create", null, null, null, null, null, null, "test", null));
        assertThat(overlay.result().decision()).isEqualTo("skipped");
        OverlayEvaluated surface = as(owner).extensionPoints().evaluateRouteSurface(new EvaluateRouteSurfaceInput(
                "domains.bind", null, null, null, null, null, null, "test", "custom-domain", null));
        assertThat(surface.result().allowed()).isTrue();
        ListOverlayDecisionsInput all = new ListOverlayDecisionsInput(null, null, null, null, null, null, null, null);
        assertThat(as(owner).extensionPoints().listDeploymentOverlays(all).records()).hasSize(1);
        assertThat(as(owner).extensionPoints().listRouteSurfaces(all).records()).extracting(OverlayDecision::surfaceKind)
                .containsExactly("custom-domain");
        assertThat(as(owner).extensionPoints().queryEntitlements(new EntitlementQueryInput(List.of(
                new EntitlementQueryInput.Query("deployments", null, null, null, null, null, null)))).entitlements())
                .allMatch(EntitlementAnswers.Answer::entitled);
    }

    @Test
    void anonymousCallersMayOnlyBootstrap() {
        assertFails(() -> engine.as(Actor.anonymous()).projects().list(new ListProjectsInput(null)), ErrorCode.UNAUTHORIZED);
        assertThat(engine.as(Actor.anonymous()).auth().bootstrapStatus().bootstrapRequired()).isTrue();
    }

    List<MemberView> members(SignedIn who) {
        return as(who).organizations().listMembers(ListMembersInput.of(who.session().organizationId())).items();
    }

    AppaloftException signInFails(String email, String password) {
        AppaloftException[] caught = new AppaloftException[1];
        assertThatThrownBy(() -> engine.authentication().signIn(email, password, null, FROM))
                .isInstanceOfSatisfying(AppaloftException.class, e -> caught[0] = e);
        return caught[0];
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
