/**
 * Docker Swarm clusters ({@code targetKind orchestrator-cluster}, provider {@code docker-swarm}):
 * a deployment becomes a Swarm service updated by rolling start-first updates, reached through a
 * loopback entrance in front of its tasks' host-mode ports.
 */
package dev.appaloft.runtime.docker.swarm;
