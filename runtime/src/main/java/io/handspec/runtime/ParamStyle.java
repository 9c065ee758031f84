package io.handspec.runtime;

/** How a parameter value is written, as OpenAPI's {@code style} and {@code explode} say. */
public enum ParamStyle {
    /** Path {@code simple}: {@code 1,2,3}. */
    SIMPLE,
    /** Path {@code matrix}: {@code ;name=1,2,3}. */
    MATRIX,
    /** Query {@code form} with {@code explode: true}: {@code name=1&name=2}. */
    FORM_EXPLODED,
    /** Query {@code form} with {@code explode: false}: {@code name=1,2}. */
    FORM,
    /** Query {@code deepObject}: {@code name[key]=value}. */
    DEEP_OBJECT
}
