package dev.appaloft.core.domains;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;

/**
 * The dns-01 TXT records ({@code _acme-challenge.<domain>}), added and deleted by RFC 2136 dynamic
 * updates signed with TSIG, sent to the zone's primary. After an add it waits until the primary
 * answers the value (over TCP, so a large answer is never truncated), so the CA's lookup that
 * follows finds it. One value is added or deleted, never the whole set: two orders of one name may
 * be validating at once.
 */
final class Rfc2136TxtRecords {

    private static final long TTL = 60;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(250);

    private final Dns01Settings settings;
    private final Name zone;
    private final TSIG tsig;

    Rfc2136TxtRecords(Dns01Settings settings) {
        this.settings = settings;
        try {
            this.zone = Name.fromString(settings.zone());
            Base64.getDecoder().decode(settings.tsigSecret()); // a clear error here, not on the first order
            this.tsig = new TSIG(TSIG.algorithmToName(settings.tsigAlgorithm()),
                    Name.fromString(settings.tsigName(), Name.root), settings.tsigSecret());
        } catch (TextParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the dns-01 settings are not usable (zone, TSIG key name, algorithm or"
                    + " base64 secret): " + e.getMessage(), e);
        }
    }

    /** Adds {@code value} to the TXT set of {@code name} and waits until the primary answers it. */
    void publish(String name, String value) throws CertificateAuthority.Failure {
        Name owner = owner(name);
        Update update = new Update(zone);
        update.add(new TXTRecord(owner, DClass.IN, TTL, value));
        send(update, "add");
        long deadline = System.nanoTime() + settings.propagation().toNanos();
        while (!answers(owner, value)) {
            if (System.nanoTime() > deadline) {
                throw new CertificateAuthority.Failure("challenge", "dns_record_not_visible", "the TXT record " + owner
                        + " was added but " + settings.server() + " did not answer it within " + settings.propagation(),
                        true);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CertificateAuthority.Failure("challenge", "interrupted", "the issuance was interrupted", true);
            }
        }
    }

    /** Deletes {@code value} from the TXT set of {@code name}; the rest of the set stays. */
    void withdraw(String name, String value) throws CertificateAuthority.Failure {
        Name owner = owner(name);
        Update update = new Update(zone);
        update.delete(new TXTRecord(owner, DClass.IN, 0, value));
        send(update, "delete");
    }

    /** Whether the primary answers {@code value} in the TXT set of {@code owner} now. */
    boolean answers(Name owner, String value) throws CertificateAuthority.Failure {
        Message response = exchange(Message.newQuery(Record.newRecord(owner, Type.TXT, DClass.IN)), "query", false);
        List<Record> answers = response.getSection(Section.ANSWER);
        return answers.stream().filter(r -> r instanceof TXTRecord).map(r -> ((TXTRecord) r).getStrings())
                .anyMatch(strings -> String.join("", strings).equals(value));
    }

    Name owner(String name) throws CertificateAuthority.Failure {
        try {
            Name owner = Name.fromString(name.endsWith(".") ? name : name + ".");
            if (!owner.subdomain(zone)) {
                throw new CertificateAuthority.Failure("challenge", "dns_zone_mismatch", owner + " is not in the"
                        + " dns-01 zone " + zone + ": its TXT record cannot be published there", false);
            }
            return owner;
        } catch (TextParseException e) {
            throw new CertificateAuthority.Failure("challenge", "dns_name_invalid", "not a DNS name: " + name, false);
        }
    }

    private void send(Update update, String what) throws CertificateAuthority.Failure {
        Message response = exchange(update, what, true);
        int rcode = response.getRcode();
        if (rcode != Rcode.NOERROR) {
            boolean refused = rcode == Rcode.REFUSED || rcode == Rcode.NOTAUTH;
            throw new CertificateAuthority.Failure("challenge", refused ? "dns_update_refused" : "dns_update_failed",
                    settings.server() + " answered " + Rcode.string(rcode) + " to the TXT " + what + (refused
                    ? " (is the TSIG key allowed to update " + zone + "?)" : ""), !refused);
        }
    }

    private Message exchange(Message message, String what, boolean signed) throws CertificateAuthority.Failure {
        try {
            SimpleResolver resolver = new SimpleResolver(settings.host());
            resolver.setPort(settings.port());
            resolver.setTCP(true);
            resolver.setTimeout(QUERY_TIMEOUT);
            if (signed) {
                resolver.setTSIGKey(tsig);
            }
            return resolver.send(message);
        } catch (IOException e) {
            throw new CertificateAuthority.Failure("challenge", "dns_server_unreachable", "the TXT " + what + " could"
                    + " not reach " + settings.server() + ": " + e.getMessage(), true);
        }
    }
}
