package dev.appaloft.core.secrets;

/** Seals secret values before they are stored and opens them when a deployment needs them. */
public interface SecretBox {

    String seal(String plaintext);

    String open(String sealed);
}
