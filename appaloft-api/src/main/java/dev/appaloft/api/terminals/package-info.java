/** {@code terminalSessions.*}: interactive shells in a resource's container or on a server. */
package dev.appaloft.api.terminals;
