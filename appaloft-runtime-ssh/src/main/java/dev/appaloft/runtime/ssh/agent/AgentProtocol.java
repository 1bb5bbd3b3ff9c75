package dev.appaloft.runtime.ssh.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSH agent protocol's frames and the few messages used here (draft-miller-ssh-agent): a frame
 * is a uint32 length, then that many bytes whose first is the message type. Frames longer than
 * {@link #MAX_FRAME} (OpenSSH's own limit) or cut short are refused, never half-read.
 */
public final class AgentProtocol {

    public static final int MAX_FRAME = 256 * 1024;
    public static final byte FAILURE = 5;
    public static final byte REQUEST_IDENTITIES = 11;
    public static final byte IDENTITIES_ANSWER = 12;
    public static final byte SIGN_REQUEST = 13;
    public static final byte SIGN_RESPONSE = 14;
    /** Sign-request flags asking an RSA key for rsa-sha2-256 / rsa-sha2-512 signatures. */
    public static final int RSA_SHA2_256 = 2;
    public static final int RSA_SHA2_512 = 4;

    /** A frame's message: its type and the bytes after it. */
    public record Message(byte type, byte[] body) {
    }

    /** An identity the agent holds: its public key blob and the comment it was added with. */
    public record Identity(byte[] blob, String comment) {
    }

    private AgentProtocol() {
    }

    public static byte[] frame(byte type, byte[] body) {
        if (body.length + 1 > MAX_FRAME) {
            throw new IllegalArgumentException("an agent message is at most " + MAX_FRAME + " bytes");
        }
        return ByteBuffer.allocate(5 + body.length).putInt(body.length + 1).put(type).put(body).array();
    }

    /** Reads one frame; a length out of range or a stream ending inside the frame is refused. */
    public static Message read(InputStream in) throws IOException {
        byte[] header = in.readNBytes(4);
        if (header.length < 4) {
            throw new AgentProtocolException("the agent closed the connection before answering");
        }
        long length = ByteBuffer.wrap(header).getInt() & 0xFFFF_FFFFL;
        if (length < 1 || length > MAX_FRAME) {
            throw new AgentProtocolException("the agent sent a frame of " + length + " bytes (1.." + MAX_FRAME + ")");
        }
        byte[] payload = in.readNBytes((int) length);
        if (payload.length < length) {
            throw new AgentProtocolException("the agent's frame ended after " + payload.length + " of " + length + " bytes");
        }
        byte[] body = new byte[payload.length - 1];
        System.arraycopy(payload, 1, body, 0, body.length);
        return new Message(payload[0], body);
    }

    public static byte[] signRequest(byte[] blob, byte[] data, int flags) {
        ByteBuffer b = ByteBuffer.allocate(4 + blob.length + 4 + data.length + 4);
        b.putInt(blob.length).put(blob).putInt(data.length).put(data).putInt(flags);
        return frame(SIGN_REQUEST, b.array());
    }

    public static byte[] identitiesAnswer(List<Identity> identities) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).putInt(identities.size()).array());
        for (Identity id : identities) {
            writeString(out, id.blob());
            writeString(out, id.comment().getBytes(StandardCharsets.UTF_8));
        }
        return frame(IDENTITIES_ANSWER, out.toByteArray());
    }

    public static List<Identity> parseIdentities(Message m) throws AgentProtocolException {
        expect(m, IDENTITIES_ANSWER, "identities");
        ByteBuffer b = ByteBuffer.wrap(m.body());
        long count = uint32(b);
        if (count > m.body().length / 8) { // each identity takes at least two empty strings
            throw new AgentProtocolException("the agent claims " + count + " identities in " + m.body().length + " bytes");
        }
        List<Identity> identities = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            identities.add(new Identity(string(b), new String(string(b), StandardCharsets.UTF_8)));
        }
        trailing(b);
        return identities;
    }

    /** The signature blob (string algorithm, string signature) as the agent answered it. */
    public static byte[] parseSignature(Message m) throws AgentProtocolException {
        expect(m, SIGN_RESPONSE, "a signature");
        ByteBuffer b = ByteBuffer.wrap(m.body());
        byte[] signature = string(b);
        trailing(b);
        return signature;
    }

    /** The key type a public key blob starts with, e.g. {@code ssh-ed25519}. */
    public static String keyType(byte[] blob) throws AgentProtocolException {
        return new String(string(ByteBuffer.wrap(blob)), StandardCharsets.US_ASCII);
    }

    private static void expect(Message m, byte type, String what) throws AgentProtocolException {
        if (m.type() == FAILURE) {
            throw new AgentProtocolException("the agent refused to give " + what);
        }
        if (m.type() != type) {
            throw new AgentProtocolException("the agent answered message " + m.type() + " instead of " + type);
        }
    }

    private static long uint32(ByteBuffer b) throws AgentProtocolException {
        if (b.remaining() < 4) {
            throw new AgentProtocolException("the agent's message is cut short");
        }
        return b.getInt() & 0xFFFF_FFFFL;
    }

    private static byte[] string(ByteBuffer b) throws AgentProtocolException {
        long length = uint32(b);
        if (length > b.remaining()) {
            throw new AgentProtocolException("the agent's message is cut short (a string of " + length + " bytes, "
                    + b.remaining() + " left)");
        }
        byte[] value = new byte[(int) length];
        b.get(value);
        return value;
    }

    private static void trailing(ByteBuffer b) throws AgentProtocolException {
        if (b.hasRemaining()) {
            throw new AgentProtocolException("the agent's message has " + b.remaining() + " stray bytes");
        }
    }

    private static void writeString(java.io.ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }
}
