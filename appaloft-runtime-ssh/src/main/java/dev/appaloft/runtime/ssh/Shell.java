package dev.appaloft.runtime.ssh;

import java.util.List;
import java.util.stream.Collectors;

/** POSIX shell quoting for the command lines sent to a server: every argument is one word, taken literally. */
public final class Shell {

    private Shell() {
    }

    public static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    public static String join(List<String> words) {
        return words.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }
}
