/**
 * The capacity SPI of a server's runtime: what {@code servers.capacity.inspect} reads (disk, inodes,
 * memory, CPU, the container engine and the containers and images Appaloft labelled) and the few
 * removals {@code servers.capacity.prune} may ask for. A runtime offers it through
 * {@link dev.appaloft.api.runtime.DeploymentRuntime#capacity()}; the engine never knows whether the
 * server is this host or one reached over SSH. {@link HostFactsScript} and {@link CapacityParsers}
 * are shared by implementations that read a POSIX host through a shell.
 */
package dev.appaloft.api.runtime.capacity;
