package io.handspec.generator.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns swagger-parser's messages ({@code attribute paths.'/pets'(get).responses is missing}) into a
 * JSON pointer ({@code /paths/~1pets/get/responses}) and a message with a fix.
 */
final class ParserMessages {
    private static final java.util.regex.Pattern COMPONENT_NAME =
            java.util.regex.Pattern.compile("^components\\.(\\w+)\\.\\w+ name (.+?) doesn't adhere");
    private static final java.util.regex.Pattern PATH_PARAMETER =
            java.util.regex.Pattern.compile("^paths\\.'(.+)'\\. Declared path parameter (\\S+) needs to be defined");

    private ParserMessages() {}

    /**
     * A parser message placed.
     *
     * @param pointer JSON pointer of the place, {@code ""} for the document
     * @param message the message, with a fix where one is known
     */
    record Translated(String pointer, String message) {}

    /** The pointer and message for one parser message. */
    static Translated translate(String message) {
        java.util.regex.Matcher name = COMPONENT_NAME.matcher(message);
        if (name.find()) {
            return new Translated(
                    "/components/" + name.group(1) + "/" + SourceIndex.escape(name.group(2)),
                    "the name '" + name.group(2)
                            + "' is not allowed for a component; use only letters, digits, '.', '-' and '_'");
        }
        java.util.regex.Matcher pathParam = PATH_PARAMETER.matcher(message);
        if (pathParam.find()) {
            String param = pathParam.group(2);
            return new Translated(
                    "/paths/" + SourceIndex.escape(pathParam.group(1)),
                    "the path uses {" + param + "} but no "
                            + "path parameter of that name is declared; add {name: " + param
                            + ", in: path, required: true, "
                            + "schema: {type: string}} to the parameters of the path or of each of its operations");
        }
        String prefix = "attribute ";
        if (!message.startsWith(prefix)) {
            return new Translated("", message);
        }
        String rest = message.substring(prefix.length());
        List<String> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        for (; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\'') {
                int end = rest.indexOf('\'', i + 1);
                if (end < 0) {
                    break;
                }
                current.append(rest, i + 1, end);
                i = end;
            } else if (c == '(') {
                int end = rest.indexOf(')', i + 1);
                if (end < 0) {
                    break;
                }
                flush(segments, current);
                segments.add(rest.substring(i + 1, end));
                i = end;
            } else if (c == '.') {
                flush(segments, current);
            } else if (c == ' ') {
                break;
            } else {
                current.append(c);
            }
        }
        flush(segments, current);
        StringBuilder pointer = new StringBuilder();
        for (String segment : segments) {
            pointer.append('/').append(SourceIndex.escape(segment));
        }
        String what = rest.substring(Math.min(i, rest.length())).trim();
        String fix = what.startsWith("is missing")
                ? "; add it"
                : what.startsWith("is unexpected") ? "; remove it or fix its name" : "";
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        return new Translated(pointer.toString(), "'" + last + "' " + what + fix);
    }

    private static void flush(List<String> segments, StringBuilder current) {
        if (current.length() > 0) {
            segments.add(current.toString());
            current.setLength(0);
        }
    }
}
