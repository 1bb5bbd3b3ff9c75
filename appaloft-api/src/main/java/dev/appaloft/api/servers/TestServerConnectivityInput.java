package dev.appaloft.api.servers;

/**
 * {@code servers.testConnectivity}: checks a saved server step by step; records its host key on
 * first use and changes nothing else. {@code acceptHostKey} (an admin's, over HTTP the
 * {@value #ACCEPT_HOST_KEY_HEADER} header) is the fingerprint the server now shows, checked by
 * the admin out of band: when the server presents exactly that key, it replaces the recorded one.
 */
public record TestServerConnectivityInput(String serverId, String acceptHostKey) {

    public static final String ACCEPT_HOST_KEY_HEADER = "Appaloft-Accept-Host-Key";

    public TestServerConnectivityInput(String serverId) {
        this(serverId, null);
    }
}
