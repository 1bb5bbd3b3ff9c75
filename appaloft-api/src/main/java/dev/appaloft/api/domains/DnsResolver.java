package dev.appaloft.api.domains;

import java.util.List;

/**
 * The DNS lookups domain ownership checks make. The engine's default asks the system's resolvers
 * through the JDK's JNDI DNS provider; an embedding application (or a test) may give its own.
 * A name that does not exist answers an empty list; a failed lookup throws {@link LookupFailed}.
 */
public interface DnsResolver {

    /** The TXT records of {@code name}, each record's strings joined. */
    List<String> txt(String name);

    /** The IPv4 and IPv6 addresses {@code name} resolves to (A and AAAA, CNAMEs followed). */
    List<String> addresses(String name);

    /** A lookup that could not be answered (timeout, server failure): not the same as "no record". */
    final class LookupFailed extends RuntimeException {
        public LookupFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
