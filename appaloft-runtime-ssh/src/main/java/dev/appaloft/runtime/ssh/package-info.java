/**
 * The SSH runtime (sshj to servers that run Docker). Not built yet: server operations answer
 * {@code not_implemented} until it is.
 */
package dev.appaloft.runtime.ssh;
