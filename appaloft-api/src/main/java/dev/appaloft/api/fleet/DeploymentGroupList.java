package dev.appaloft.api.fleet;

import java.util.List;

/** The groups the caller can see, newest first; there is one page ({@code nextCursor} is absent). */
public record DeploymentGroupList(List<DeploymentGroupView> items, String nextCursor) {
}
