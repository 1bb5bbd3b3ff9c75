package dev.appaloft.core.staticartifacts;


/**
 * How much one publication may hold; checked while files arrive (an archive's declared sizes are
 * not trusted: bytes are counted as they are read), so a zip bomb stops at the limit.
 */
record SiteLimits(int maxFiles, long maxFileBytes, long maxTotalBytes) {

    static final SiteLimits DEFAULTS = new SiteLimits(5_000, 25L << 20, 100L << 20);

    /** Counts files and bytes; the first excess is a 400 on {@code field}. */
    final class Budget {
        private final String field;
        private int files;
        private long total;

        Budget(String field) {
            this.field = field;
        }

        void file(String path, long size) {
            files++;
            total += size;
            if (files > maxFiles) {
                throw dev.appaloft.api.error.AppaloftException.validation(field, "a publication holds at most "
                        + maxFiles + " files");
            }
            if (size > maxFileBytes) {
                throw dev.appaloft.api.error.AppaloftException.validation(field, path + " is larger than "
                        + maxFileBytes + " bytes");
            }
            if (total > maxTotalBytes) {
                throw dev.appaloft.api.error.AppaloftException.validation(field, "a publication holds at most "
                        + maxTotalBytes + " bytes");
            }
        }

        long remainingFor(long fileSoFar) {
            return Math.min(maxFileBytes - fileSoFar, maxTotalBytes - total - fileSoFar);
        }
    }

    Budget budget(String field) {
        return new Budget(field);
    }
}
