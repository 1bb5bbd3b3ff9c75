package dev.appaloft.core.identity;

/** A new session: {@code token} is its secret, shown this once. */
public record SignedIn(String token, SessionInfo session) {

    @Override
    public String toString() {
        return "SignedIn[" + session.sessionId() + "]";
    }
}
