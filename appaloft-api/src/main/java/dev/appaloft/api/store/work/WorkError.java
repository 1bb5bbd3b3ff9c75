package dev.appaloft.api.store.work;

/**
 * Why an attempt failed: the phase it failed in, a stable machine code and a human message. The
 * message is cut to {@value #MAX_MESSAGE} characters; callers must keep secrets out of it, since
 * operators read it.
 */
public record WorkError(String phase, String code, String message) {

    public static final int MAX_MESSAGE = 1000;

    public WorkError {
        phase = WorkTexts.requireToken(phase, "phase");
        code = WorkTexts.requireToken(code, "code");
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE);
        }
    }
}
