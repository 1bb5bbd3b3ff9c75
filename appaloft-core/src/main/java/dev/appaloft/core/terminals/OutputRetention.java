package dev.appaloft.core.terminals;

/**
 * The last bytes a terminal wrote, for a client that attaches (or re-attaches) later: a ring of
 * fixed size, so a noisy shell costs a bounded amount of memory. Not thread-safe: the owner locks.
 */
final class OutputRetention {

    /** What the notes give as the session output retention. */
    static final int DEFAULT_BYTES = 64 * 1024;

    private final byte[] ring;
    private int start;
    private int size;

    OutputRetention(int capacity) {
        this.ring = new byte[capacity];
    }

    void append(byte[] bytes) {
        int from = Math.max(0, bytes.length - ring.length); // only the tail of a huge write can stay
        for (int i = from; i < bytes.length; i++) {
            ring[(start + size) % ring.length] = bytes[i];
            if (size < ring.length) {
                size++;
            } else {
                start = (start + 1) % ring.length;
            }
        }
    }

    byte[] snapshot() {
        byte[] copy = new byte[size];
        for (int i = 0; i < size; i++) {
            copy[i] = ring[(start + i) % ring.length];
        }
        return copy;
    }

    int size() {
        return size;
    }
}
