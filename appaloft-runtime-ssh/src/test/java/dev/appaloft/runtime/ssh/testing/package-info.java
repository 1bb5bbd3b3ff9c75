/** Test helpers shared with other modules as a test-jar: a real sshd and ssh-keygen key pairs. */
package dev.appaloft.runtime.ssh.testing;
