/**
 * The SSH runtime (sshj to servers that run Docker). Built so far: reading private keys for SSH
 * credentials ({@link dev.appaloft.runtime.ssh.keys}). Remote work (connectivity tests, edge
 * proxy, capacity, deployments) answers {@code not_implemented} until it is built.
 */
package dev.appaloft.runtime.ssh;
