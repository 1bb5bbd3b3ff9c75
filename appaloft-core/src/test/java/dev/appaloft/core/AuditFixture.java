package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appaloft.api.Actor;
import dev.appaloft.api.Appaloft;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.api.identity.BootstrapFirstAdminInput;
import dev.appaloft.api.projects.CreateProjectInput;
import dev.appaloft.api.projects.RenameProjectInput;
import dev.appaloft.api.store.StreamRecord;
import dev.appaloft.core.identity.SignedIn;
import dev.appaloft.core.internal.UnitOfWork;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/**
 * The retention fixture plus a second organization with a project of its own, and a project of
 * the first renamed once (two audit events about one aggregate).
 */
abstract class AuditFixture extends RetentionFixture {

    static final String PASSWORD = "a long passphrase";

    String other;
    Appaloft.Session inOther;
    String theirProject;

    @BeforeEach
    void secondOrganization() {
        engine.auth().bootstrapFirstAdmin(BootstrapFirstAdminInput.of("owner@example.com", "Olga Owner", PASSWORD));
        SignedIn owner = engine.authentication().signIn("owner@example.com", PASSWORD, null, null);
        other = engine.authentication().createOrganization(engine.authentication().authenticate(owner.token()),
                "Side Project", null);
        inOther = engine.as(Actor.user("usr_other", other, Actor.Role.OWNER));
        theirProject = inOther.projects().create(CreateProjectInput.named("theirs")).id();
        engine.projects().rename(new RenameProjectInput(project, "shop two"));
    }

    /** Every audit record of one organization, oldest first. */
    List<StreamRecord> auditOf(String organization) {
        return store.read(r -> r.readStream(UnitOfWork.AUDIT, 0, 1_000_000)).stream()
                .filter(r -> organization.equals(r.organizationId())).toList();
    }

    List<StreamRecord> auditAbout(String aggregateId) {
        return auditOf(ORG).stream().filter(r -> aggregateId.equals(r.subjectId())).toList();
    }

    long auditHead() {
        return store.read(r -> r.streamHead(UnitOfWork.AUDIT));
    }

    static ErrorCode codeOf(Runnable call) {
        try {
            call.run();
        } catch (AppaloftException e) {
            return e.code();
        }
        throw new AssertionError("expected an error");
    }

    static void assertNotFound(Runnable call) {
        assertThat(codeOf(call)).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
