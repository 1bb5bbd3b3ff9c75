package dev.appaloft.api.fleet;

/** The input of a fleet operation that takes nothing but its caller (health, whoami, list groups, latest release). */
public record NoInput() {

    public static final NoInput INSTANCE = new NoInput();
}
