package io.handspec.generator.view;

import java.util.List;
import java.util.Map;

/**
 * The records templates read. Each template names the view it reads in its header comment; every
 * field here is read by a template, and a template reading anything else fails at render time.
 */
public final class Views {
    private Views() {
    }

    /** Something rendered to one file, or nested inside another type's file. */
    public sealed interface TypeView permits ModelView, EnumView, UnionView {
        /** The simple name. */
        String className();

        /** Types declared inside this one. */
        List<TypeView> nested();

        /** The template that renders it. */
        String template();
    }

    /**
     * What every generated file has in common.
     *
     * @param packageName  its package
     * @param imports      its import lines, sorted
     * @param t            framework type simple name to how this file spells it
     * @param generated    the {@code @Generated} value
     */
    public record FileHeader(String packageName, List<String> imports, Map<String, String> t, String generated) {
    }

    /**
     * An immutable model with a builder ({@code model.mustache}).
     *
     * @param className           simple name
     * @param modifiers           {@code "public final"} or {@code "public static final"}
     * @param javadoc             Javadoc lines
     * @param deprecated          whether deprecated
     * @param implementsClause    {@code " implements Pet"} or {@code ""}
     * @param fields              properties
     * @param requiredChecks      JSON names checked in {@code build()}: field and JSON name
     * @param additionalType      the value type of additional properties
     * @param nested              nested types
     */
    public record ModelView(String className, String modifiers, List<String> javadoc, boolean deprecated,
                            String implementsClause, List<FieldView> fields, List<FieldView> requiredChecks,
                            String additionalType, List<TypeView> nested) implements TypeView {
        @Override
        public String template() {
            return "model";
        }
    }

    /**
     * One property of a model.
     *
     * @param name      Java name (field, accessor and builder method)
     * @param jsonName  JSON name, as a Java string literal with quotes
     * @param type      spelled Java type
     * @param javadoc   Javadoc lines
     * @param copy      expression that copies {@code b.name} into an unmodifiable value
     * @param defaultValue the value a new builder starts with (a required single-value enum), or {@code null}
     * @param deprecated whether deprecated
     */
    public record FieldView(String name, String jsonName, String type, List<String> javadoc, String copy,
                            String defaultValue, boolean deprecated) {
        /** The Javadoc as one line when it is one line (for a one-line comment), else {@code null}. */
        public String shortDoc() {
            return javadoc.size() == 1 ? javadoc.get(0) : null;
        }
    }

    /**
     * An open enum ({@code enum.mustache}): a class with a constant per known value that keeps unknown values.
     *
     * @param className        simple name
     * @param modifiers        class modifiers
     * @param javadoc          Javadoc lines
     * @param implementsClause implemented interfaces
     * @param valueType        {@code String}, {@code Integer} or {@code Long}
     * @param constants        the known values
     * @param unknownName      the name of the {@code Known} constant for other values
     */
    public record EnumView(String className, String modifiers, List<String> javadoc, String implementsClause,
                           String valueType, List<EnumConstantView> constants, String unknownName) implements TypeView {
        @Override
        public List<TypeView> nested() {
            return List.of();
        }

        @Override
        public String template() {
            return "enum";
        }
    }

    /**
     * One enum value.
     *
     * @param name    constant name
     * @param literal the value as a Java literal
     * @param last    whether it is the last
     */
    public record EnumConstantView(String name, String literal, boolean last) {
    }

    /**
     * A sealed interface for {@code oneOf}/{@code anyOf} ({@code union.mustache}).
     *
     * @param className            simple name
     * @param modifiers            interface modifiers
     * @param javadoc              Javadoc lines
     * @param implementsClause     {@code " extends Outer"} when itself a variant, else {@code ""}
     * @param permits              the permitted subtypes, comma-separated
     * @param variants             the variants that need a wrapper record
     * @param deserializerArgs     the arguments of the {@code UnionDeserializer} constructor after the union class
     * @param unknownName          the record holding JSON that matched no variant
     * @param nested               inline variants declared inside
     */
    public record UnionView(String className, String modifiers, List<String> javadoc, String implementsClause,
                            String permits, List<VariantView> variants, String deserializerArgs,
                            String unknownName, List<TypeView> nested) implements TypeView {
        @Override
        public String template() {
            return "union";
        }
    }

    /**
     * One union variant that is not a class of its own, wrapped in a record nested in the union.
     *
     * @param wrapper the wrapper record's name
     * @param wrapped the wrapped value's type
     */
    public record VariantView(String wrapper, String wrapped) {
    }

    /**
     * One API class per tag ({@code api.mustache}).
     *
     * @param className  simple name
     * @param javadoc    Javadoc lines
     * @param operations its operations
     */
    public record ApiView(String className, List<String> javadoc, List<OperationView> operations) {
    }

    /**
     * One operation.
     *
     * @param name              method name
     * @param operationId       operationId as a Java literal
     * @param method            HTTP method as a Java literal
     * @param path              path template as a Java literal
     * @param javadoc           Javadoc lines for the main method, without {@code @param}s of the varying tail
     * @param paramDocs         {@code @param} lines for the required arguments
     * @param deprecated        whether deprecated
     * @param signature         required arguments, e.g. {@code String id, Task body}
     * @param arguments         the same as call arguments, e.g. {@code id, body}
     * @param leadingComma      {@code ", "} when {@code signature} is not empty, else {@code ""}
     * @param hasParams         whether there is an optional-parameters class
     * @param paramsClass       its simple name
     * @param optional          optional parameters
     * @param requestLines      the {@code ApiRequest} builder calls, one per line
     * @param resultType        the typed result ({@code Void} when none)
     * @param responseSpec      the Java expression of the {@code ResponseSpec}
     * @param specConstant      the name of the constant holding the {@code ResponseSpec}
     * @param paged             whether it is a paged list
     * @param itemType          item type of a paged list
     * @param pageStrategy      the Java expression of the {@code PageStrategy}
     * @param throwsDocs        {@code @throws} lines
     */
    public record OperationView(String name, String operationId, String method, String path, List<String> javadoc, List<String> paramDocs,
                                boolean deprecated, String signature, String arguments, String leadingComma,
                                boolean hasParams, String paramsClass, List<ParamView> optional, List<String> requestLines,
                                String resultType, String responseSpec, String specConstant, boolean paged, String itemType,
                                String pageStrategy, List<String> throwsDocs) {
    }

    /**
     * One optional parameter.
     *
     * @param name    Java name
     * @param type    spelled type
     * @param javadoc Javadoc lines
     */
    public record ParamView(String name, String type, List<String> javadoc) {
    }

    /**
     * The client facade ({@code client.mustache}).
     *
     * @param className      simple name
     * @param javadoc        Javadoc lines
     * @param defaultBaseUri the first server's URL with variable defaults, as a Java literal
     * @param serverTemplate the first server's URL template, as a Java literal
     * @param serverVariables server variables
     * @param apis           API accessors
     * @param auths          credential methods
     * @param retryPolicy    Java expression of the spec's retry policy
     * @param userAgent      User-Agent as a Java literal
     * @param headers        headers every request sends: name and value as Java literals
     */
    public record ClientView(String className, List<String> javadoc, String defaultBaseUri,
                             String serverTemplate, List<ServerVariableView> serverVariables, List<ApiRefView> apis,
                             List<AuthView> auths, String retryPolicy, String userAgent, List<HeaderView> headers) {
    }

    /**
     * One server variable with its builder method.
     *
     * @param name         builder method name
     * @param literal      variable name as a Java literal
     * @param defaultValue its default as a Java literal, {@code null} when the spec's value is only an example
     * @param allowed      the values its {@code enum} allows, as a {@code List.of(...)} expression (empty: any)
     * @param setter       the builder method name as a Java literal, for the error when it is missing
     * @param javadoc      Javadoc lines
     */
    public record ServerVariableView(String name, String literal, String defaultValue, String allowed, String setter,
                                     List<String> javadoc) {
    }

    /**
     * A header every request sends.
     *
     * @param name  its name as a Java literal
     * @param value its value as a Java literal
     */
    public record HeaderView(String name, String value) {
    }

    /**
     * One API accessor.
     *
     * @param accessor method and field name
     * @param type     API class
     */
    public record ApiRefView(String accessor, String type) {
    }

    /**
     * One credential method on the client builder.
     *
     * @param name       method name
     * @param parameters parameter list
     * @param expression the {@code Authentication} expression
     * @param javadoc    Javadoc lines
     */
    public record AuthView(String name, String parameters, String expression, List<String> javadoc) {
    }
}
