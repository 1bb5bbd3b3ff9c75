package dev.appaloft.runtime.ssh.agent;

import com.hierynomus.sshj.key.KeyAlgorithm;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import net.schmizz.sshj.common.Buffer;
import net.schmizz.sshj.common.KeyType;
import net.schmizz.sshj.common.Message;
import net.schmizz.sshj.common.SSHPacket;
import net.schmizz.sshj.transport.TransportException;
import net.schmizz.sshj.userauth.UserAuthException;
import net.schmizz.sshj.userauth.method.AbstractAuthMethod;

/**
 * sshj's {@code publickey} login (RFC 4252 section 7) with a key that stays in the SSH agent: the
 * server is asked whether it takes the key, and when it does the agent signs the session's
 * request. An RSA key is offered with the algorithms the server accepts (rsa-sha2-512, then
 * rsa-sha2-256, as it advertised), each asked of the agent with its flag.
 */
public final class AgentAuthMethod extends AbstractAuthMethod {

    private final AgentClient agent;
    private final AgentProtocol.Identity identity;
    private Deque<String> algorithms;

    public AgentAuthMethod(AgentClient agent, AgentProtocol.Identity identity) {
        super("publickey");
        this.agent = agent;
        this.identity = identity;
    }

    private String algorithm() throws UserAuthException {
        if (algorithms == null) {
            algorithms = new ArrayDeque<>();
            try {
                String type = AgentProtocol.keyType(identity.blob());
                KeyType keyType = KeyType.fromString(type);
                if (keyType != KeyType.UNKNOWN) {
                    for (KeyAlgorithm a : params.getTransport().getClientKeyAlgorithms(keyType)) {
                        algorithms.add(a.getKeyAlgorithm());
                    }
                }
                if (algorithms.isEmpty()) {
                    algorithms.add(type);
                }
            } catch (IOException e) {
                throw new UserAuthException("the agent's key cannot be offered: " + e.getMessage());
            }
        }
        return algorithms.peek();
    }

    private SSHPacket request(boolean signed) throws UserAuthException {
        return super.buildReq().putBoolean(signed).putString(algorithm()).putString(identity.blob());
    }

    @Override
    protected SSHPacket buildReq() throws UserAuthException {
        return request(false);
    }

    @Override
    public void handle(Message cmd, SSHPacket buf) throws UserAuthException, TransportException {
        if (cmd != Message.USERAUTH_60) { // USERAUTH_PK_OK: the server takes this key
            super.handle(cmd, buf);
            return;
        }
        SSHPacket req = request(true);
        byte[] data = new Buffer.PlainBuffer().putString(params.getTransport().getSessionID()).putBuffer(req)
                .getCompactData();
        byte[] signature;
        try {
            signature = agent.sign(identity.blob(), data, flags(algorithm()));
        } catch (IOException e) {
            throw new UserAuthException("the SSH agent did not sign: " + e.getMessage());
        }
        params.getTransport().write(req.putString(signature));
    }

    /** After a refusal, the key is offered again with the next algorithm the server takes, if any. */
    @Override
    public boolean shouldRetry() {
        if (algorithms == null) {
            return false;
        }
        algorithms.poll();
        return !algorithms.isEmpty();
    }

    static int flags(String algorithm) {
        return switch (algorithm) {
            case "rsa-sha2-256" -> AgentProtocol.RSA_SHA2_256;
            case "rsa-sha2-512" -> AgentProtocol.RSA_SHA2_512;
            default -> 0;
        };
    }
}
