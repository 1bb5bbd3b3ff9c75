package dev.appaloft.core.sources;

/** Locators as they may be shown: credentials in a URL ({@code https://user:token@host/...}) are cut out. */
final class SourceLocators {

    private SourceLocators() {
    }

    static String safe(String locator) {
        if (locator == null) {
            return null;
        }
        int scheme = locator.indexOf("://");
        if (scheme < 0) {
            return locator;
        }
        int start = scheme + 3;
        int slash = locator.indexOf('/', start);
        int end = slash < 0 ? locator.length() : slash;
        int at = locator.lastIndexOf('@', end - 1);
        return at >= start ? locator.substring(0, start) + locator.substring(at + 1) : locator;
    }
}
