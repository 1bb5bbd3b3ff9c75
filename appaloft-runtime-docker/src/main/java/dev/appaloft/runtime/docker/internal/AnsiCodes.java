package dev.appaloft.runtime.docker.internal;

import java.util.regex.Pattern;

/**
 * Removes terminal colour and cursor codes. The classic builder paints a RUN step's stderr red
 * ({@code ESC[91m ... ESC[0m}); deployment logs and error messages want the plain text.
 */
public final class AnsiCodes {
  private static final Pattern CSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]");

  private AnsiCodes() {}

  public static String strip(String text) {
    return text.indexOf('\u001B') < 0 ? text : CSI.matcher(text).replaceAll("");
  }
}
