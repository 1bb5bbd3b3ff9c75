package dev.appaloft.runtime.docker.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads at most {@code limit} bytes of a response body and then hangs up. A health probe needs the
 * start of a page, never a whole (possibly endless) download.
 */
public final class LimitedBody implements HttpResponse.BodySubscriber<String> {
  private final int limit;
  private final byte[] buffer;
  private int size;
  private final CompletableFuture<String> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  private LimitedBody(int limit) {
    this.limit = limit;
    this.buffer = new byte[limit];
  }

  public static HttpResponse.BodyHandler<String> handler(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return info -> new LimitedBody(limit);
  }

  @Override
  public CompletionStage<String> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (limit == 0) {
      finish();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer item : items) {
      int n = Math.min(item.remaining(), limit - size);
      item.get(buffer, size, n);
      size += n;
    }
    if (size >= limit) {
      finish();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(text());
  }

  private void finish() {
    subscription.cancel();
    result.complete(text());
  }

  private String text() {
    return new String(buffer, 0, size, StandardCharsets.UTF_8);
  }
}
