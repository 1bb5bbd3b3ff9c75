package dev.appaloft.runtime.ssh.agent;

import java.io.IOException;

/** The agent answered something this client cannot read (or nothing at all). */
public final class AgentProtocolException extends IOException {

    public AgentProtocolException(String message) {
        super(message);
    }
}
