package dev.appaloft.api.common;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A response too large to hold in memory (an export of a million audit events): it is written to
 * the caller's stream as it is read, a page at a time. The HTTP layer writes it as the response
 * body; an embedding application writes it wherever it likes (a file, a socket). Each call of
 * {@link #writeTo} reads the data afresh.
 */
public interface StreamedBody {

    /** The media type of what {@link #writeTo} writes, e.g. {@code application/x-ndjson}. */
    String contentType();

    /** A file name a browser may save it as, e.g. {@code audit-events.ndjson}. */
    String fileName();

    /** Writes the whole body; the stream is flushed but not closed. */
    void writeTo(OutputStream out) throws IOException;
}
