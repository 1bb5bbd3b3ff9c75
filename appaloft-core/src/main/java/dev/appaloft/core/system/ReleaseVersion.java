package dev.appaloft.core.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release version, {@code 1.4.0} or {@code 1.4.0-rc.1}: numbers compared as numbers, and a
 * version with a qualifier before the same one without. Anything else (a development build) is
 * older than every release.
 */
record ReleaseVersion(long[] numbers, String qualifier) implements Comparable<ReleaseVersion> {

    private static final Pattern SHAPE = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,9}){0,4})(?:[-+]([0-9A-Za-z.-]{1,64}))?");

    /** The version, or null when {@code text} is not one. */
    static ReleaseVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String[] parts = m.group(1).split("\\.");
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = Long.parseLong(parts[i]);
        }
        return new ReleaseVersion(numbers, m.group(2));
    }

    /** Whether {@code latest} is newer than {@code current} (a current that is no release is older than any). */
    static boolean isNewer(String latest, String current) {
        ReleaseVersion l = parse(latest);
        ReleaseVersion c = parse(current);
        return l != null && (c == null || l.compareTo(c) > 0);
    }

    @Override
    public int compareTo(ReleaseVersion o) {
        for (int i = 0; i < Math.max(numbers.length, o.numbers.length); i++) {
            long a = i < numbers.length ? numbers[i] : 0;
            long b = i < o.numbers.length ? o.numbers[i] : 0;
            if (a != b) {
                return Long.compare(a, b);
            }
        }
        if (qualifier == null || o.qualifier == null) {
            return qualifier == null ? (o.qualifier == null ? 0 : 1) : -1;
        }
        return qualifier.compareTo(o.qualifier);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReleaseVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(stripZeros()) * 31 + (qualifier == null ? 0 : qualifier.hashCode());
    }

    private long[] stripZeros() {
        int n = numbers.length;
        while (n > 1 && numbers[n - 1] == 0) {
            n--;
        }
        return java.util.Arrays.copyOf(numbers, n);
    }
}
