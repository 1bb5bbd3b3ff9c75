package dev.appaloft.api.extensions;

import java.util.List;

public record OverlayDecisionList(List<OverlayDecision> records) {
}
