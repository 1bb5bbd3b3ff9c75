package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The assertions every scenario needs: this call fails with that stable code, or as invalid input naming that field. */
public final class Failures {

    private Failures() {
    }

    public static void assertFails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(AppaloftException.class)
                .extracting(e -> ((AppaloftException) e).code()).isEqualTo(code);
    }

    public static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(AppaloftException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((AppaloftException) e).code())
                        .isEqualTo(ErrorCode.VALIDATION_ERROR))
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((AppaloftException) e).issues())
                        .extracting(dev.appaloft.api.error.Issue::path)
                        .anySatisfy(path -> org.assertj.core.api.Assertions.assertThat(path).first().isEqualTo(field)));
    }

    /** Every domain event and audit record the store holds, as text (to prove a secret is in none). */
    public static String everythingWritten(dev.appaloft.api.store.Store store) {
        return store.read(r -> r.readStream(dev.appaloft.core.internal.UnitOfWork.DOMAIN_EVENTS, 0, 100_000).toString()
                + r.readStream(dev.appaloft.core.internal.UnitOfWork.AUDIT, 0, 100_000));
    }

    /** How many audit records of {@code type} the store holds. */
    public static long audits(dev.appaloft.api.store.Store store, String type) {
        return store.read(r -> r.readStream(dev.appaloft.core.internal.UnitOfWork.AUDIT, 0, 100_000)).stream()
                .filter(e -> e.type().equals(type)).count();
    }
}
