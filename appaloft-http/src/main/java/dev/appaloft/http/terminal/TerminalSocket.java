package dev.appaloft.http.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appaloft.api.Actor;
import dev.appaloft.api.error.AppaloftException;
import dev.appaloft.api.error.ErrorCode;
import dev.appaloft.core.terminals.TerminalAttachment;
import dev.appaloft.core.terminals.TerminalClient;
import dev.appaloft.core.terminals.Terminals;
import dev.appaloft.http.auth.Authenticator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket a terminal session is attached through: {@code /api/terminal-sessions/{id}/attach}.
 * The upgrade request is authenticated like every API request (Authorization header or session
 * cookie) and checked before the upgrade, so a refused caller gets the API's JSON error, not a
 * socket. A cookie-authenticated upgrade from another origin is refused (cross-site WebSocket
 * hijacking: browsers send cookies with any page's WebSocket).
 *
 * <p>Protocol: the server sends the shell's output as binary frames (the retained output first) and
 * {@code {"type":"ended","reason":...}} as text before it closes. The client sends keystrokes as
 * binary frames or {@code {"type":"input","data":"..."}}, and {@code {"type":"resize","rows":r,"cols":c}}.
 */
public final class TerminalSocket {

    public static final String PATH = "/api/terminal-sessions/{sessionId}/attach";
    private static final Logger LOG = LoggerFactory.getLogger(TerminalSocket.class);

    private final Terminals terminals;
    private final Authenticator authenticator;
    private final ObjectMapper mapper;
    private final Map<String, TerminalAttachment> attachments = new ConcurrentHashMap<>();

    public TerminalSocket(Terminals terminals, Authenticator authenticator, ObjectMapper mapper) {
        this.terminals = terminals;
        this.authenticator = authenticator;
        this.mapper = mapper;
    }

    public void register(RoutesConfig routes) {
        routes.wsBeforeUpgrade(PATH, this::admit);
        routes.ws(PATH, ws -> {
            ws.onConnect(ctx -> connect(ctx));
            ws.onMessage(ctx -> text(ctx, ctx.message()));
            ws.onBinaryMessage(ctx -> input(ctx, bytes(ctx.data())));
            ws.onClose(ctx -> detach(ctx));
            ws.onError(ctx -> detach(ctx));
        });
    }

    private void admit(Context ctx) {
        Actor actor = actor(ctx.header("Authorization"), ctx.header("Cookie"), ctx.header("Origin"), ctx.header("Host"));
        terminals.checkAttach(actor.from(new Actor.Origin(ctx.ip(), ctx.userAgent(), actor.sessionId())),
                ctx.pathParam("sessionId"));
    }

    private Actor actor(String authorization, String cookies, String origin, String host) {
        Actor actor = authenticator.authenticate(authorization, cookies);
        if (authorization == null && !sameOrigin(origin, host)) {
            throw new AppaloftException(ErrorCode.FORBIDDEN, "a terminal cannot be attached from another origin");
        }
        return actor;
    }

    static boolean sameOrigin(String origin, String host) {
        if (origin == null) {
            return true; // not a browser: no ambient cookies to abuse
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void connect(WsContext ctx) {
        ctx.enableAutomaticPings();
        try {
            // the upgrade was checked; the socket's own request is authenticated again (Javalin keeps
            // no state of the upgrade handler), so a credential revoked in between is refused
            Actor actor = actor(ctx.header("Authorization"), ctx.header("Cookie"), ctx.header("Origin"),
                    ctx.header("Host"));
            attachments.put(ctx.sessionId(), terminals.attach(actor, ctx.pathParam("sessionId"), client(ctx)));
        } catch (AppaloftException e) {
            // it ended between the upgrade and now
            ctx.closeSession(1008, e.code().code());
        }
    }

    private TerminalClient client(WsContext ctx) {
        return new TerminalClient() {
            @Override
            public void output(byte[] bytes) {
                ctx.session.sendBinary(ByteBuffer.wrap(bytes), Callback.NOOP);
            }

            @Override
            public void ended(String reason) {
                ctx.session.sendText("{\"type\":\"ended\",\"reason\":\"" + reason + "\"}",
                        Callback.from(() -> ctx.closeSession(1000, reason), failure -> ctx.closeSession()));
            }
        };
    }

    private void text(WsContext ctx, String message) {
        TerminalAttachment attachment = attachments.get(ctx.sessionId());
        if (attachment == null) {
            return;
        }
        try {
            JsonNode node = mapper.readTree(message);
            switch (node.path("type").asText("")) {
                case "input" -> attachment.input(node.path("data").asText("").getBytes(StandardCharsets.UTF_8));
                case "resize" -> attachment.resize(node.path("rows").asInt(24), node.path("cols").asInt(80));
                default -> LOG.debug("ignored terminal message of type {}", node.path("type").asText());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // not JSON: typed text, as a simple client sends it
            attachment.input(message.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void input(WsContext ctx, byte[] bytes) {
        TerminalAttachment attachment = attachments.get(ctx.sessionId());
        if (attachment != null) {
            attachment.input(bytes);
        }
    }

    private void detach(WsContext ctx) {
        TerminalAttachment attachment = attachments.remove(ctx.sessionId());
        if (attachment != null) {
            attachment.detach();
        }
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
