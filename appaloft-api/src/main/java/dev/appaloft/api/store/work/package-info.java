/**
 * The durable work queue of the store SPI: {@link dev.appaloft.api.store.work.WorkQueue} with its
 * requests, items, statuses and filters, and {@link dev.appaloft.api.store.work.RetryPolicy} for
 * the backoff between attempts. Every backend passes {@code WorkQueueContractTest}.
 */
package dev.appaloft.api.store.work;
