package dev.appaloft.api.extensions;

import java.util.List;

public record UsageIntentList(List<UsageIntentRecord> records) {
}
