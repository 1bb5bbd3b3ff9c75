package dev.appaloft.core;

import dev.appaloft.api.domains.DnsResolver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A DNS double: TXT records and addresses set by the test; a name in {@code failing} fails its lookups. */
public final class FakeDns implements DnsResolver {

    public final Map<String, List<String>> txt = new ConcurrentHashMap<>();
    public final Map<String, List<String>> addresses = new ConcurrentHashMap<>();
    public final java.util.Set<String> failing = ConcurrentHashMap.newKeySet();

    @Override
    public List<String> txt(String name) {
        if (failing.contains(name)) {
            throw new LookupFailed("SERVFAIL for " + name, null);
        }
        return txt.getOrDefault(name, List.of());
    }

    @Override
    public List<String> addresses(String name) {
        return addresses.getOrDefault(name, List.of());
    }
}
