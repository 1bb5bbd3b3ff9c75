/**
 * Plumbing behind the Docker adapter: error translation, redaction, line splitting and the
 * callback that waits on docker-java's streaming calls. Not API: may change without notice.
 */
package dev.appaloft.runtime.docker.internal;
