package dev.appaloft.core.staticartifacts;

/** One file to publish: its checked path in the site, its type and its bytes. */
record SiteFile(String path, String mimeType, byte[] bytes) {
}
