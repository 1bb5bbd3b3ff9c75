package dev.appaloft.core.resources;

import dev.appaloft.api.error.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .env} text: {@code KEY=value} lines, {@code #} comments, an optional
 * {@code export } prefix, unquoted values (an inline comment starts at " #"), single-quoted
 * values taken literally and double-quoted values with {@code \n \r \t \" \\} escapes; quoted
 * values may span lines. Every malformed line is reported with its number.
 */
final class DotEnvParser {

    /** One assignment, with the line it starts on (1-based). */
    record Entry(String key, String value, int line) {
    }

    record Result(List<Entry> entries, List<Issue> problems) {
    }

    private DotEnvParser() {
    }

    static Result parse(String content) {
        List<Entry> entries = new ArrayList<>();
        List<Issue> problems = new ArrayList<>();
        String[] lines = content.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNumber = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).stripLeading();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(problem(lineNumber, "expected KEY=value"));
                continue;
            }
            String key = line.substring(0, eq).strip();
            String rest = line.substring(eq + 1).stripLeading();
            if (rest.startsWith("\"") || rest.startsWith("'")) {
                char quote = rest.charAt(0);
                StringBuilder value = new StringBuilder();
                int[] cursor = {i};
                String remaining = rest.substring(1);
                boolean closed = false;
                while (true) {
                    int end = closingQuote(remaining, quote);
                    if (end >= 0) {
                        value.append(quote == '"' ? unescape(remaining.substring(0, end)) : remaining.substring(0, end));
                        String after = remaining.substring(end + 1).strip();
                        if (!after.isEmpty() && !after.startsWith("#")) {
                            problems.add(problem(lineNumber, "unexpected text after the closing quote"));
                        }
                        closed = true;
                        break;
                    }
                    value.append(quote == '"' ? unescape(remaining) : remaining);
                    if (cursor[0] + 1 >= lines.length) {
                        break;
                    }
                    cursor[0]++;
                    value.append('\n');
                    remaining = lines[cursor[0]];
                }
                if (!closed) {
                    problems.add(problem(lineNumber, "the quoted value is never closed"));
                    break;
                }
                i = cursor[0];
                entries.add(new Entry(key, value.toString(), lineNumber));
            } else {
                int comment = rest.indexOf(" #");
                String value = (comment >= 0 ? rest.substring(0, comment) : rest).strip();
                entries.add(new Entry(key, value, lineNumber));
            }
        }
        return new Result(entries, problems);
    }

    private static int closingQuote(String text, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Issue problem(int line, String message) {
        return new Issue("custom", List.of("content"), "line " + line + ": " + message, null, null, null);
    }
}
