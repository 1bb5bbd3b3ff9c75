package dev.appaloft.core.domains;

import dev.appaloft.api.domains.DnsResolver;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.InitialDirContext;

/**
 * TXT lookups through the JDK's JNDI DNS provider (the system's resolvers), addresses through
 * {@link InetAddress} (which also honours /etc/hosts). No dependency beyond the JDK.
 */
public final class JndiDnsResolver implements DnsResolver {

    @Override
    public List<String> txt(String name) {
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("com.sun.jndi.dns.timeout.initial", "2000");
        env.put("com.sun.jndi.dns.timeout.retries", "2");
        try {
            InitialDirContext ctx = new InitialDirContext(env);
            try {
                Attributes attributes = ctx.getAttributes("dns:/" + name, new String[] {"TXT"});
                Attribute txt = attributes.get("TXT");
                List<String> records = new ArrayList<>();
                if (txt != null) {
                    NamingEnumeration<?> values = txt.getAll();
                    while (values.hasMore()) {
                        records.add(unquote(String.valueOf(values.next())));
                    }
                }
                return records;
            } finally {
                ctx.close();
            }
        } catch (NameNotFoundException e) {
            return List.of();
        } catch (NamingException e) {
            throw new LookupFailed("the TXT lookup of " + name + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> addresses(String name) {
        try {
            List<String> found = new ArrayList<>();
            for (InetAddress address : InetAddress.getAllByName(name)) {
                found.add(address.getHostAddress());
            }
            return found;
        } catch (UnknownHostException e) {
            return List.of();
        }
    }

    /** JNDI gives a record of several strings as {@code "a" "b"}: the record is their concatenation. */
    static String unquote(String raw) {
        String s = raw.strip();
        if (!s.startsWith("\"")) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                inside = !inside;
            } else if (c == '\\' && inside && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else if (inside) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
