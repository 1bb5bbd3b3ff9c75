package dev.appaloft.api.common;

/**
 * An output that may instead be answered as a {@link StreamedBody}: when {@link #streamed()} is not
 * null, the HTTP layer writes that body, not the record's JSON. The operation asked for it (an
 * export whose {@code format} is {@code ndjson} or {@code csv}, from the request's {@code Accept}).
 */
public interface Streamable {

    /** The streamed form of this output, or null to answer the record itself. */
    StreamedBody streamed();
}
