/**
 * The Docker runtime (docker-java against a Docker engine). Not built yet: the deployment engine
 * issue brings it; until then deployment operations answer {@code not_implemented}.
 */
package dev.appaloft.runtime.docker;
