package dev.appaloft.runtime.docker.internal;

import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An input stream fed by other threads (a terminal's keystrokes), read by docker-java's stdin
 * copier. A {@code PipedInputStream} is not usable here: it fails once the thread that last wrote
 * has ended, and keystrokes come from whichever server thread received them.
 */
public final class QueueInputStream extends InputStream {

    private static final byte[] EOF = new byte[0];

    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int position;
    private volatile boolean closed;

    /** Queues bytes for the reader; ignored once closed. */
    public void offer(byte[] bytes) {
        if (!closed && bytes.length > 0) {
            chunks.add(bytes.clone());
        }
    }

    @Override
    public int read() throws java.io.IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
        if (length == 0) {
            return 0;
        }
        while (position >= current.length) {
            if (current == EOF) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("terminal input interrupted");
            }
            position = 0;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return current.length - position;
    }

    /** Ends the stream: the reader sees end-of-file after what was queued. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            chunks.add(EOF);
        }
    }
}
