/**
 * Reusable test support for tests against the machine's real Docker engine (published in this
 * module's test-jar): {@link dev.appaloft.runtime.docker.testing.LocalDockerEngine} and
 * {@link dev.appaloft.runtime.docker.testing.BaseImages}.
 */
package dev.appaloft.runtime.docker.testing;
