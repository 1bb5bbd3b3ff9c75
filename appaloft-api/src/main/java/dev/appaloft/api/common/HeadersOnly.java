package dev.appaloft.api.common;

/**
 * An output the HTTP layer answers with its headers and no body (the spec's response has none);
 * the facade caller still gets the record.
 */
public interface HeadersOnly extends ResponseHeaders {
}
