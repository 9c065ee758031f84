package io.handspec.runtime;

/** A value with its own wire form, such as a generated open enum. */
public interface WireValue {
    /** The value as it is written in JSON, queries and forms. */
    Object wireValue();
}
