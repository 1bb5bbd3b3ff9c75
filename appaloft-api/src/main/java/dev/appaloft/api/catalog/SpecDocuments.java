package dev.appaloft.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI documents the catalog mirrors, shipped inside this jar (copies of shared/spec; a
 * test keeps them equal). The HTTP module serves and validates against them.
 */
public final class SpecDocuments {

    public static final String APPALOFT = "appaloft-openapi.json";
    public static final String ALIEN = "alien-server-openapi.json";

    private SpecDocuments() {
    }

    public static byte[] read(String name) {
        try (InputStream in = SpecDocuments.class.getResourceAsStream("/dev/appaloft/api/spec/" + name)) {
            if (in == null) {
                throw new IllegalStateException("spec document " + name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
