package dev.appaloft.core.domains;

import java.io.IOException;
import java.io.StringWriter;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.security.KeyPair;
import java.time.Duration;
import org.shredzone.acme4j.Account;
import org.shredzone.acme4j.AccountBuilder;
import org.shredzone.acme4j.Authorization;
import org.shredzone.acme4j.Order;
import org.shredzone.acme4j.Problem;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.challenge.Challenge;
import org.shredzone.acme4j.challenge.Dns01Challenge;
import org.shredzone.acme4j.challenge.Http01Challenge;
import org.shredzone.acme4j.connector.HttpConnector;
import org.shredzone.acme4j.connector.NetworkSettings;
import org.shredzone.acme4j.exception.AcmeException;
import org.shredzone.acme4j.exception.AcmeNetworkException;
import org.shredzone.acme4j.exception.AcmeRateLimitedException;
import org.shredzone.acme4j.exception.AcmeServerException;
import org.shredzone.acme4j.provider.AbstractAcmeProvider;
import org.shredzone.acme4j.util.KeyPairUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ACME CA (RFC 8555) through acme4j: registers (or finds) the account of the key, orders a
 * certificate of one domain, answers HTTP-01 (on the edge proxy) or DNS-01 (an RFC 2136 update of
 * the zone, {@link Dns01Settings}), finalizes with a new EC P-256 key and downloads the
 * chain. The directory is reached over HTTPS trusting the JVM's roots and, for a test CA such as
 * Pebble, the extra root of {@link AcmeSettings#trustRootPem()}.
 */
public final class AcmeCertificateAuthority implements CertificateAuthority {

    private static final Logger LOG = LoggerFactory.getLogger(AcmeCertificateAuthority.class);
    private static final Duration VALIDATION = Duration.ofSeconds(90);

    private final AcmeSettings settings;
    private final DirectoryProvider provider;
    private final Rfc2136TxtRecords txt;

    public AcmeCertificateAuthority(AcmeSettings settings) {
        AcmeAccounts.ensureBouncyCastle();
        this.settings = settings;
        this.txt = settings.dns01() == null ? null : new Rfc2136TxtRecords(settings.dns01());
        this.provider = new DirectoryProvider(settings.trustRootPem() == null ? null
                : TrustRoots.withExtraRoot(settings.trustRootPem()));
    }

    @Override
    public Issued issue(String domainName, KeyPair accountKey, Http01Challenges challenges) throws Failure {
        return order(domainName, accountKey, authorization -> http01(authorization, challenges));
    }

    @Override
    public Issued issueDns01(String domainName, KeyPair accountKey) throws Failure {
        if (txt == null) {
            return CertificateAuthority.super.issueDns01(domainName, accountKey);
        }
        return order(domainName, accountKey, this::dns01);
    }

    @Override
    public boolean supportsDns01() {
        return txt != null;
    }

    /** How one authorization of an order is proven. */
    private interface Validation {
        void validate(Authorization authorization) throws AcmeException, InterruptedException, Failure;
    }

    private Issued order(String domainName, KeyPair accountKey, Validation validation) throws Failure {
        String phase = "account";
        try {
            Session session = new Session(URI.create(settings.directoryUrl()), provider);
            Account account = new AccountBuilder().agreeToTermsOfService().useKeyPair(accountKey).create(session);
            phase = "order";
            Order order = account.newOrder().domain(domainName).create();
            phase = "challenge";
            for (Authorization authorization : order.getAuthorizations()) {
                if (authorization.getStatus() != Status.VALID) {
                    validation.validate(authorization);
                }
            }
            phase = "finalize";
            KeyPair domainKey = KeyPairUtils.createECKeyPair("secp256r1");
            order.waitUntilReady(VALIDATION);
            order.execute(domainKey);
            Status done = order.waitForCompletion(VALIDATION);
            if (done != Status.VALID) {
                throw new Failure(phase, "acme_order_failed", "the order ended " + done
                        + order.getError().map(p -> ": " + describe(p)).orElse(""), true);
            }
            StringWriter chain = new StringWriter();
            order.getCertificate().writeCertificate(chain);
            return new Issued(chain.toString(), CertificatePem.pem("PRIVATE KEY", domainKey.getPrivate().getEncoded()));
        } catch (AcmeRateLimitedException e) {
            throw new Failure(phase, "acme_rate_limited", "the CA limits the rate: " + e.getMessage()
                    + e.getRetryAfter().map(at -> " (retry after " + at + ")").orElse(""), true);
        } catch (AcmeNetworkException e) {
            throw new Failure(phase, "acme_unreachable", "the ACME directory " + settings.directoryUrl()
                    + " could not be reached: " + e.getMessage(), true);
        } catch (AcmeServerException e) {
            throw new Failure(phase, "acme_refused", "the CA refused: " + e.getMessage(), false);
        } catch (AcmeException | IOException e) {
            throw new Failure(phase, "acme_error", e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(phase, "interrupted", "the issuance was interrupted", true);
        }
    }

    private void http01(Authorization authorization, Http01Challenges challenges)
            throws AcmeException, InterruptedException, Failure {
        Http01Challenge challenge = authorization.findChallenge(Http01Challenge.class).orElseThrow(() -> new Failure(
                "challenge", "acme_challenge_unsupported", "the CA offers no http-01 challenge for "
                + authorization.getIdentifier().getDomain(), false));
        challenges.publish(challenge.getToken(), challenge.getAuthorization());
        try {
            // the domain may be pointed at the proxy later: a new attempt can succeed
            await(challenge, authorization, "the CA could not fetch the http-01 token of ");
        } finally {
            challenges.withdraw(challenge.getToken());
        }
    }

    private void dns01(Authorization authorization) throws AcmeException, InterruptedException, Failure {
        Dns01Challenge challenge = authorization.findChallenge(Dns01Challenge.class).orElseThrow(() -> new Failure(
                "challenge", "acme_challenge_unsupported", "the CA offers no dns-01 challenge for "
                + authorization.getIdentifier().getDomain(), false));
        String name = Dns01Challenge.toRRName(authorization.getIdentifier());
        String digest = challenge.getDigest();
        txt.publish(name, digest);
        try {
            await(challenge, authorization, "the CA did not find the dns-01 TXT record of ");
        } finally {
            try {
                txt.withdraw(name, digest);
            } catch (Failure e) {
                LOG.warn("could not delete the dns-01 TXT record {}: {}", name, e.getMessage());
            }
        }
    }

    private static void await(Challenge challenge, Authorization authorization, String failure)
            throws AcmeException, InterruptedException, Failure {
        challenge.trigger();
        Status status = challenge.waitForCompletion(VALIDATION);
        if (status != Status.VALID) {
            String why = challenge.getError().map(AcmeCertificateAuthority::describe).orElse("status " + status);
            String domain = authorization.getIdentifier().getDomain();
            LOG.info("{} challenge for {} failed: {}", challenge.getType(), domain, why);
            throw new Failure("challenge", "acme_challenge_failed", failure + domain + ": " + why, true);
        }
    }

    private static String describe(Problem problem) {
        return problem.getDetail().orElse(problem.getType().toString());
    }

    /** Any http(s) directory URL, connected with the configured trust. */
    static final class DirectoryProvider extends AbstractAcmeProvider {

        private final javax.net.ssl.SSLContext ssl;

        DirectoryProvider(javax.net.ssl.SSLContext ssl) {
            this.ssl = ssl;
        }

        @Override
        public boolean accepts(URI serverUri) {
            return "https".equals(serverUri.getScheme()) || "http".equals(serverUri.getScheme());
        }

        @Override
        public URL resolve(URI serverUri) {
            try {
                return serverUri.toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("not a URL: " + serverUri, e);
            }
        }

        @Override
        protected HttpConnector createHttpConnector(NetworkSettings settings) {
            return new HttpConnector(settings) {
                @Override
                public HttpClient.Builder createClientBuilder() {
                    HttpClient.Builder builder = super.createClientBuilder();
                    return ssl == null ? builder : builder.sslContext(ssl);
                }
            };
        }
    }
}
