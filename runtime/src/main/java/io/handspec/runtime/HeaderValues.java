package io.handspec.runtime;

/** Checks header names and values before they reach the HTTP stack, without ever echoing a value. */
final class HeaderValues {
    /** The characters of an HTTP token (RFC 9110 {@code tchar}), by code. */
    private static final boolean[] TOKEN = new boolean[0x80];

    static {
        for (char c = 0x21; c < 0x7f; c++) {
            TOKEN[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }

    private HeaderValues() {}

    /**
     * Refuses a value with a line break or another control character (a credential read from a file
     * often ends in a newline); the message names the header, never the value.
     */
    static String check(String name, String value) {
        checkName(name);
        if (value == null) {
            throw new HandspecException("the value of header '" + name + "' is null", null);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new HandspecException(
                        "the value of header '" + name + "' holds a control character at index " + i
                                + (c == '\n' || c == '\r' ? " (a line break: was it read from a file? strip() it)" : "")
                                + "; the value is not shown because it may be a credential",
                        null);
            }
        }
        return value;
    }

    /** Refuses a header name that is not an HTTP token. */
    static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new HandspecException("a header name is null or empty", null);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || !TOKEN[c]) {
                throw new HandspecException(
                        "header name '" + name.replaceAll("\\p{Cntrl}", "?")
                                + "' holds a character not allowed in a header name at index " + i,
                        null);
            }
        }
        return name;
    }
}
