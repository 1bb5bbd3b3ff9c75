package dev.appaloft.api.runtime.capacity;

/** Inodes of the file system holding {@code path}; a file system without a fixed inode table reports zeros. */
public record InodeUsage(String path, String mount, long used, long free, double usePercent) {
}
