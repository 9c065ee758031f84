package io.handspec.generator.render;

import java.io.Writer;

/** A {@link Writer} into a {@link StringBuilder}, without {@link java.io.StringWriter}'s locking; reused across runs. */
final class StringBuilderWriter extends Writer {
    private final StringBuilder buffer = new StringBuilder(8192);

    StringBuilder buffer() {
        return buffer;
    }

    @Override
    public void write(int c) {
        buffer.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        buffer.append(chars, offset, length);
    }

    @Override
    public void write(String text) {
        buffer.append(text);
    }

    @Override
    public void write(String text, int offset, int length) {
        buffer.append(text, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence text) {
        buffer.append(text);
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) {
        buffer.append(text, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        buffer.append(c);
        return this;
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        // nothing to release
    }
}
