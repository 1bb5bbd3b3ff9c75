package dev.appaloft.core.domains;

import dev.appaloft.api.domains.DnsResolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks that prove control of a domain: its TXT record {@code _appaloft-challenge.<domain>}
 * holds the binding's token, or the domain resolves to a host whose edge proxy (ours) answers
 * the token on the binding's host name. Each check records where it looked, what it expected and
 * what it found; none throws.
 */
final class OwnershipChecks {

    static final String DNS_TXT = "dns-txt";
    static final String HTTP_TOKEN = "http-token";
    private static final int TIMEOUT_MS = 3000;
    private static final int MAX_BODY = 4096;

    private final DnsResolver resolver;

    OwnershipChecks(DnsResolver resolver) {
        this.resolver = resolver;
    }

    /** The expected TXT value, as users publish it. */
    static String txtValue(DomainBinding b) {
        return "appaloft-domain-verification=" + b.token();
    }

    DomainBinding.Check txt(DomainBinding b, Instant now) {
        String name = b.txtName();
        List<String> expected = List.of(txtValue(b));
        try {
            List<String> found = resolver.txt(name);
            if (found.isEmpty()) {
                return new DomainBinding.Check(DNS_TXT, name, expected, List.of(), "unresolved",
                        "no TXT record at " + name, now);
            }
            boolean match = found.stream().map(String::strip).anyMatch(v -> v.equals(txtValue(b)) || v.equals(b.token()));
            return new DomainBinding.Check(DNS_TXT, name, expected, found, match ? "matched" : "mismatch",
                    match ? "the TXT record holds the token" : "the TXT records at " + name + " do not hold the token",
                    now);
        } catch (RuntimeException e) {
            return new DomainBinding.Check(DNS_TXT, name, expected, List.of(), "lookup_failed",
                    "the TXT lookup failed: " + e.getMessage(), now);
        }
    }

    /**
     * GETs {@code tokenUrl}'s path from each address the domain resolves to, on the URL's port, with
     * the domain as the Host header (so it is the domain's DNS that leads to the proxy).
     *
     * @param tokenUrl where the binding's proxy answers the token; null when no proxy runs there
     */
    DomainBinding.Check http(DomainBinding b, String tokenUrl, Supplier<Boolean> publish, Instant now) {
        String target = "http://" + b.domainName() + b.tokenPath();
        List<String> expected = List.of(b.token());
        if (tokenUrl == null || !publish.get()) {
            return new DomainBinding.Check(HTTP_TOKEN, target, expected, List.of(), "skipped",
                    "no edge proxy runs on server " + b.serverId() + " to answer the token", now);
        }
        List<String> addresses;
        try {
            addresses = resolver.addresses(b.domainName());
        } catch (RuntimeException e) {
            return new DomainBinding.Check(HTTP_TOKEN, target, expected, List.of(), "lookup_failed",
                    "the address lookup failed: " + e.getMessage(), now);
        }
        if (addresses.isEmpty()) {
            return new DomainBinding.Check(HTTP_TOKEN, target, expected, List.of(), "unresolved",
                    b.domainName() + " does not resolve", now);
        }
        URI uri = URI.create(tokenUrl);
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        List<String> observed = new ArrayList<>();
        for (String address : addresses) {
            String answer = fetch(address, port, b.domainName(), b.tokenPath());
            observed.add(address + " -> " + answer);
            if (answer.equals("200 " + b.token())) {
                return new DomainBinding.Check(HTTP_TOKEN, target, expected, observed, "matched",
                        "the edge proxy at " + address + " answers the token", now);
            }
        }
        return new DomainBinding.Check(HTTP_TOKEN, target, expected, observed, "mismatch",
                "no address of " + b.domainName() + " answers the token", now);
    }

    /** {@code <status> <body>} of one plain HTTP/1.1 GET, or {@code error: <reason>}. */
    static String fetch(String address, int port, String host, String path) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n"
                    + "User-Agent: appaloft-domain-verification\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[1024];
            int n;
            while ((n = in.read(buffer)) > 0 && response.size() < MAX_BODY) {
                response.write(buffer, 0, n);
            }
            String text = response.toString(StandardCharsets.UTF_8);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            int bodyAt = text.indexOf("\r\n\r\n");
            String body = bodyAt < 0 ? "" : text.substring(bodyAt + 4).strip();
            String status = statusLine.length > 1 ? statusLine[1] : "?";
            return status + " " + (body.length() > 200 ? body.substring(0, 200) : body);
        } catch (IOException e) {
            return "error: " + e.getMessage();
        }
    }
}
