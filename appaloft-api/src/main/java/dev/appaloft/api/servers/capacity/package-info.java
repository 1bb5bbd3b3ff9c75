/**
 * Inputs and outputs of {@code servers.capacity.*}: inspecting a server's capacity, pruning what
 * Appaloft left on it, and the stored policies of scheduled prunes.
 */
package dev.appaloft.api.servers.capacity;
