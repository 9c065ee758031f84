package io.handspec.runtime;

/**
 * How a parameter value is written, as OpenAPI's {@code style} and {@code explode} say. Examples
 * for the array {@code [1, 2]} and the object {@code {a: 1, b: 2}} named {@code id}.
 */
public enum ParamStyle {
    /** Path or header {@code simple}: {@code 1,2} and {@code a,1,b,2}. */
    SIMPLE,
    /** {@code simple} with explode: {@code 1,2} and {@code a=1,b=2}. */
    SIMPLE_EXPLODED,
    /** Path {@code label}: {@code .1,2} and {@code .a,1,b,2}. */
    LABEL,
    /** {@code label} with explode: {@code .1.2} and {@code .a=1.b=2}. */
    LABEL_EXPLODED,
    /** Path {@code matrix}: {@code ;id=1,2} and {@code ;id=a,1,b,2}. */
    MATRIX,
    /** {@code matrix} with explode: {@code ;id=1;id=2} and {@code ;a=1;b=2}. */
    MATRIX_EXPLODED,
    /** Query {@code form} with {@code explode: true}: {@code id=1&id=2} and {@code a=1&b=2}. */
    FORM_EXPLODED,
    /** Query {@code form} with {@code explode: false}: {@code id=1,2} and {@code id=a,1,b,2}. */
    FORM,
    /** Query {@code spaceDelimited}: {@code id=1%202}. */
    SPACE_DELIMITED,
    /** Query {@code pipeDelimited}: {@code id=1%7C2} (a literal '|' is not allowed in a URI). */
    PIPE_DELIMITED,
    /** Query {@code deepObject}: {@code id[a]=1&id[b]=2}, brackets percent-encoded. */
    DEEP_OBJECT
}
