package dev.appaloft.core.domains;

import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.store.StoreCollections;
import dev.appaloft.api.store.StoreConflictException;
import dev.appaloft.core.internal.CoreContext;
import dev.appaloft.core.internal.Repository;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.shredzone.acme4j.util.KeyPairUtils;

/**
 * This instance's ACME account key, one per directory: given in {@link AcmeSettings}, or made on
 * first use (EC P-256) and kept sealed in the store, so every process of the instance and every
 * restart signs as the same account.
 */
final class AcmeAccounts {

    /** One account key, sealed; instance-wide (its organization is the instance's). */
    record AcmeAccount(String id, String organizationId, String directoryUrl, String sealedKeyPair, Instant createdAt) {

        @Override
        public String toString() {
            return "AcmeAccount[" + id + " " + directoryUrl + "]";
        }
    }

    static final String INSTANCE = "instance";

    static final Repository<AcmeAccount> ACCOUNTS = Repository.of(StoreCollections.ACME_ACCOUNTS, AcmeAccount.class)
            .id(AcmeAccount::id).createdAt(AcmeAccount::createdAt).organization(AcmeAccount::organizationId)
            .notFound(id -> AppaloftException.notFound("acme account", id))
            .build();

    private final CoreContext ctx;
    private final AcmeSettings settings;
    private volatile KeyPair cached;

    /**
     * acme4j reads and writes PEM keys and signs CSRs through BouncyCastle's provider; appended
     * last, so no algorithm the JVM's own providers offer is served by it instead.
     */
    static void ensureBouncyCastle() {
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
    }

    AcmeAccounts(CoreContext ctx, AcmeSettings settings) {
        ensureBouncyCastle();
        this.ctx = ctx;
        this.settings = settings;
    }

    /** The account key pair: the configured one, the stored one, or a new one stored now. */
    KeyPair key() {
        KeyPair key = cached;
        if (key != null) {
            return key;
        }
        if (settings.accountKeyPem() != null) {
            key = read(settings.accountKeyPem());
        } else {
            String id = "acme_" + digest(settings.directoryUrl());
            key = ctx.read(r -> ACCOUNTS.find(r, id)).map(v -> read(ctx.secrets().open(v.value().sealedKeyPair())))
                    .orElse(null);
            if (key == null) {
                KeyPair made = KeyPairUtils.createKeyPair();
                AcmeAccount account = new AcmeAccount(id, INSTANCE, settings.directoryUrl(),
                        ctx.secrets().seal(write(made)), ctx.now());
                try {
                    ctx.store().transaction(tx -> {
                        ACCOUNTS.insert(tx, account, ctx.now());
                        return null;
                    });
                    key = made;
                } catch (StoreConflictException raced) { // another process stored one first: take that
                    key = ctx.read(r -> ACCOUNTS.find(r, id)).map(v -> read(ctx.secrets().open(v.value()
                            .sealedKeyPair()))).orElseThrow();
                }
            }
        }
        cached = key;
        return key;
    }

    static KeyPair read(String pem) {
        try {
            return KeyPairUtils.readKeyPair(new StringReader(pem));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the ACME account key is not a PEM key pair", e);
        }
    }

    static String write(KeyPair pair) {
        StringWriter out = new StringWriter();
        try {
            KeyPairUtils.writeKeyPair(pair, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
