package dev.appaloft.runtime.ssh;

import dev.appaloft.api.error.ErrorCode;

/**
 * The stable codes a remote call ends with. Remote trouble is a 502 (the server, not the caller, is
 * at fault) and may be retried; a changed host key is a 409 that waits for an admin's decision.
 */
public final class SshErrors {

    public static final ErrorCode UNREACHABLE = new ErrorCode("ssh_unreachable", 502, true);
    public static final ErrorCode HANDSHAKE_FAILED = new ErrorCode("ssh_handshake_failed", 502, true);
    public static final ErrorCode HOST_KEY_MISMATCH = new ErrorCode("server_host_key_mismatch", 409, false);
    public static final ErrorCode AUTHENTICATION_FAILED = new ErrorCode("ssh_authentication_failed", 502, false);
    public static final ErrorCode KEY_INVALID = new ErrorCode("ssh_private_key_invalid", 400, false);
    public static final ErrorCode COMMAND_TIMEOUT = new ErrorCode("ssh_command_timeout", 504, true);
    public static final ErrorCode CONNECTION_LOST = new ErrorCode("ssh_connection_lost", 502, true);
    public static final ErrorCode COMMAND_CANCELED = new ErrorCode("ssh_command_canceled", 409, false);
    /** The server's edge proxy could not be started (no caddy there, or it exited: its log says why). */
    public static final ErrorCode EDGE_PROXY_START_FAILED = new ErrorCode("ssh_edge_proxy_start_failed", 502, true);
    /** Another program holds the proxy's HTTP port on the server. */
    public static final ErrorCode EDGE_PROXY_PORT_CONFLICT = new ErrorCode("edge_proxy_host_port_conflict", 409, true);

    private SshErrors() {
    }
}
