package dev.appaloft.core.extensions;

import dev.appaloft.api.extensions.UsageIntentRecord;
import java.time.Instant;

/** A usage intent as stored: the record as answered, and when it was recorded. */
record StoredUsageIntent(String id, String organizationId, UsageIntentRecord record, Instant recordedAt) {
}
