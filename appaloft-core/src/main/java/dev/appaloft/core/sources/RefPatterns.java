package dev.appaloft.core.sources;

import java.util.List;

/**
 * An auto-deploy policy's refs: branch or tag names, short ({@code main}) or full
 * ({@code refs/heads/main}), where {@code *} matches within one path segment and {@code **}
 * across segments ({@code release/*}, {@code **}).
 */
final class RefPatterns {

    private RefPatterns() {
    }

    static boolean anyMatches(List<String> patterns, GitRef ref) {
        for (String pattern : patterns) {
            if (matches(pattern, ref)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String pattern, GitRef ref) {
        String p = pattern.strip();
        if (p.startsWith(GitRef.HEADS) || p.startsWith(GitRef.TAGS)) {
            return glob(p, 0, ref.fullName(), 0);
        }
        return glob(p, 0, ref.name(), 0);
    }

    private static boolean glob(String p, int pi, String s, int si) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                boolean any = pi + 1 < p.length() && p.charAt(pi + 1) == '*';
                int next = pi + (any ? 2 : 1);
                for (int k = si; k <= s.length(); k++) {
                    if (glob(p, next, s, k)) {
                        return true;
                    }
                    if (k < s.length() && !any && s.charAt(k) == '/') {
                        return false;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            pi++;
            si++;
        }
        return si == s.length();
    }
}
