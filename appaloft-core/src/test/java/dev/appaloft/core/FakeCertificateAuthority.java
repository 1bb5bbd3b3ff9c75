package dev.appaloft.core;

import dev.appaloft.core.domains.CertificateAuthority;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A CA double: "validates" HTTP-01 by asking {@code reachable} whether the published token is on
 * the domain's proxy route (the scenario looks at its fake proxy), then signs a test chain valid
 * for {@link #validity}. {@link #failChallenges} makes the token unreachable.
 */
public final class FakeCertificateAuthority implements CertificateAuthority {

    public volatile Duration validity = Duration.ofDays(90);
    public volatile boolean failChallenges;
    public final List<String> published = new CopyOnWriteArrayList<>();
    public final List<KeyPair> accounts = new CopyOnWriteArrayList<>();
    private final Predicate<String> reachable;

    public FakeCertificateAuthority(Predicate<String> reachable) {
        this.reachable = reachable;
    }

    @Override
    public Issued issue(String domainName, KeyPair accountKey, Http01Challenges challenges) throws Failure {
        accounts.add(accountKey);
        String token = "tok" + System.nanoTime();
        challenges.publish(token, token + ".thumb");
        try {
            published.add(token);
            if (failChallenges || !reachable.test(token)) {
                throw new Failure("challenge", "acme_challenge_failed", "the CA could not fetch the http-01 token of "
                        + domainName + ": connection refused", true);
            }
        } finally {
            challenges.withdraw(token);
        }
        Instant now = Instant.now();
        TestCertificates.Chain chain = TestCertificates.chain("EC", now.minusSeconds(60), now.plus(validity), domainName);
        return new Issued(chain.chainPem(), chain.leaf().keyPem());
    }
}
