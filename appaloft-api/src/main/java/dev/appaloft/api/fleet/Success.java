package dev.appaloft.api.fleet;

/** {@code {"success":true}}: the answer of redeploy, retry and the sync release. */
public record Success(boolean success) {

    public static final Success TRUE = new Success(true);
}
