package dev.appaloft.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The one assertion every scenario needs: this call fails with that stable code. */
public final class Failures {

    private Failures() {
    }

    public static void assertFails(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(AppaloftException.class)
                .extracting(e -> ((AppaloftException) e).code()).isEqualTo(code);
    }
}
