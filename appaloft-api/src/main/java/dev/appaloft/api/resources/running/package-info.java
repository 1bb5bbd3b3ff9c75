/**
 * The records of the operations about a resource's running app: its runtime logs
 * ({@code resources.logs}, {@code resources.logsStream}), runtime controls
 * ({@code resources.runtime.stop/start/restart}), health and its history, the support-safe
 * diagnostic summary, access failure evidence and the proxy configuration preview. The runtime
 * SPI these rely on is {@link dev.appaloft.api.runtime.DeploymentRuntime}.
 */
package dev.appaloft.api.resources.running;
