/**
 * The store SPI: versioned documents with indexed columns and unique keys, append-only streams
 * with per-stream cursors, and leases. Collections are named by the aggregates that use them
 * ({@code projects}, {@code environments}, ...); a backend keeps each in a table of its own.
 */
package dev.appaloft.api.store;
