package dev.appaloft.api.store.work;

import java.security.SecureRandom;

/**
 * Ids of work items: {@code wrk_} and 20 random lowercase alphanumerics (about 103 bits), enough
 * that ids from many processes never meet, without asking the database for them.
 */
public final class WorkItemIds {

    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkItemIds() {
    }

    public static String next() {
        char[] out = new char[20];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "wrk_" + new String(out);
    }
}
