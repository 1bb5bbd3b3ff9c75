package dev.appaloft.core.deployments;

import dev.appaloft.core.domains.Dns01Settings;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.Type;
import org.xbill.DNS.Update;

/**
 * A real BIND 9 ({@code named}, Debian package {@code bind9}) as the primary of one test zone, started
 * for a test class on a free loopback port: every name of the zone answers 127.0.0.1 (a wildcard A),
 * and a TSIG key may update it (RFC 2136), as a DNS provider's primary would. Pebble resolves through it.
 */
final class BindDns implements AutoCloseable {

    static final String KEY = "appaloft-it";
    final String zone;
    final int port = PebbleCa.freePort();
    final String secret;
    private final Path dir;
    private final Process named;

    BindDns(Path dir, String zone) throws Exception {
        this.dir = dir;
        this.zone = zone;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        secret = Base64.getEncoder().encodeToString(key);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("zone.db"), """
                $TTL 60
                @ IN SOA ns.%1$s. admin.%1$s. 1 60 60 600 60
                @ IN NS ns.%1$s.
                ns IN A 127.0.0.1
                * IN A 127.0.0.1
                """.formatted(zone));
        Files.writeString(dir.resolve("named.conf"), """
                options {
                  directory "%1$s";
                  pid-file "%1$s/named.pid";
                  listen-on port %2$d { 127.0.0.1; };
                  listen-on-v6 { none; };
                  recursion no;
                  dnssec-validation no;
                  allow-query { any; };
                };
                controls { };
                key "%3$s." { algorithm hmac-sha256; secret "%4$s"; };
                zone "%5$s" { type primary; file "%1$s/zone.db"; update-policy { grant %3$s. zonesub ANY; }; };
                """.formatted(dir, port, KEY, secret, zone));
        named = new ProcessBuilder("/usr/sbin/named", "-g", "-c", dir.resolve("named.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("named.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!answers("ns." + zone)) {
            if (!named.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("named did not start: " + Files.readString(dir.resolve("named.log")));
            }
            Thread.sleep(100);
        }
    }

    String server() {
        return "127.0.0.1:" + port;
    }

    Dns01Settings dns01() {
        return Dns01Settings.of(server(), zone, KEY, secret);
    }

    /** Answers {@code host}'s A queries with {@code address} (null: the zone's wildcard loopback again). */
    void pointAt(String host, String address) throws Exception {
        Update update = new Update(Name.fromString(zone + "."));
        Name name = Name.fromString(host + ".");
        if (address == null) {
            update.delete(name, Type.A);
        } else {
            update.replace(new ARecord(name, DClass.IN, 5, InetAddress.getByName(address)));
        }
        Message response = resolver(true).send(update);
        if (response.getRcode() != Rcode.NOERROR) {
            throw new IllegalStateException("named answered " + Rcode.string(response.getRcode()) + " to the update");
        }
    }

    /** The TXT strings of {@code name} the server answers now. */
    java.util.List<String> txt(String name) throws Exception {
        Message response = resolver(false).send(Message.newQuery(Record.newRecord(Name.fromString(name + "."),
                Type.TXT, DClass.IN)));
        return response.getSection(Section.ANSWER).stream().filter(r -> r instanceof org.xbill.DNS.TXTRecord)
                .map(r -> String.join("", ((org.xbill.DNS.TXTRecord) r).getStrings())).toList();
    }

    private boolean answers(String name) {
        try {
            Message response = resolver(false).send(Message.newQuery(Record.newRecord(Name.fromString(name + "."),
                    Type.A, DClass.IN)));
            return response.getRcode() == Rcode.NOERROR && !response.getSection(Section.ANSWER).isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    private SimpleResolver resolver(boolean signed) throws Exception {
        SimpleResolver resolver = new SimpleResolver("127.0.0.1");
        resolver.setPort(port);
        resolver.setTCP(true);
        resolver.setTimeout(Duration.ofSeconds(2));
        if (signed) {
            resolver.setTSIGKey(new TSIG(TSIG.HMAC_SHA256, Name.fromString(KEY + "."), secret));
        }
        return resolver;
    }

    @Override
    public void close() {
        named.destroy();
        try {
            named.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
