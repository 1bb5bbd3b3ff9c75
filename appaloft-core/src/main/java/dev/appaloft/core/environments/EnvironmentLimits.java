package dev.appaloft.core.environments;

/** Input bounds the spec leaves open. */
final class EnvironmentLimits {
    static final int NAME = 120;
    static final int REASON = 280;
    static final int KEY = 256;
    static final int VALUE = 64 * 1024;
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 500;

    private EnvironmentLimits() {
    }
}
