package dev.appaloft.core.projects;

/** Input bounds the spec leaves open; generous, but a name is not a document. */
final class ProjectLimits {
    static final int NAME = 120;
    static final int DESCRIPTION = 2000;
    static final int REASON = 280;
    static final int DEFAULT_PAGE = 100;
    static final int MAX_PAGE = 500;

    private ProjectLimits() {
    }
}
