/**
 * The pull-mode fleet agent: {@link dev.appaloft.runtime.docker.agent.FleetAgent} enrols with a
 * deployment-group token, polls the fleet server, and runs its deployment's releases through a
 * {@link dev.appaloft.api.fleet.provider.PlatformProvider}: {@code local} on this host's Docker
 * engine ({@link dev.appaloft.runtime.docker.agent.LocalDockerProvider}), {@code test} simulated.
 * {@link dev.appaloft.runtime.docker.agent.AgentMain} runs one from the command line.
 */
package dev.appaloft.runtime.docker.agent;
