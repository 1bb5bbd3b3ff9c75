package dev.appaloft.api.operatorwork;

/** {@code operatorWork.list}: newest first, filtered by kind, status and related ids; at most 200. */
public record ListOperatorWorkInput(OperatorWorkKind kind, OperatorWorkStatus status, String resourceId,
                                    String serverId, String deploymentId, Integer limit) {

    public static ListOperatorWorkInput all() {
        return new ListOperatorWorkInput(null, null, null, null, null, null);
    }
}
