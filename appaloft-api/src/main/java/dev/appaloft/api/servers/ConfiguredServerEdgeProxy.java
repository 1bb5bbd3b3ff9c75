package dev.appaloft.api.servers;

/** The answer of {@code servers.configureEdgeProxy}: the server and its proxy's kind and status now. */
public record ConfiguredServerEdgeProxy(String id, State edgeProxy) {

    public record State(ProxyKind kind, ServerView.EdgeProxy.Status status) {
    }
}
