package io.handspec.generator.view;

import java.util.List;

/**
 * The records templates read. Each template names the view it reads in its header comment; every
 * field here is read by a template, and a template reading anything else fails at render time.
 *
 * <p>No field holds a {@code String}: code is a {@link Code}, Javadoc a {@link Doc}, so spec text
 * reaches a template only escaped ({@code ViewSafetyTest} checks every component of every record).
 */
public final class Views {
    private Views() {}

    /** The templates, one per view type; a user folder may shadow each by its {@link #fileName()}. */
    public enum Template {
        FILE,
        MODEL,
        ENUM,
        UNION,
        API,
        CLIENT,
        ERRORS,
        MULTIPART;

        /** The template's file name, such as {@code model.mustache}. */
        public String fileName() {
            return name().toLowerCase(java.util.Locale.ROOT) + ".mustache";
        }
    }

    /**
     * The view of a whole file: a type (with the file template around it), an API class, the client
     * facade or the typed error accessors.
     */
    public sealed interface FileView permits TypeView, ApiView, ClientView, ErrorsView, FormView {
        /** The simple name of the file's top-level type. */
        Code className();

        /** The template that renders this view. */
        Template template();
    }

    /** Something rendered to one file, or nested inside another type's file. */
    public sealed interface TypeView extends FileView permits ModelView, EnumView, UnionView {
        /** Types declared inside this one. */
        List<TypeView> nested();
    }

    /**
     * What every generated file has in common ({@code file.mustache}, which renders the body first).
     *
     * @param packageName  its package
     * @param t            framework type simple name to how this file spells it, imported when read
     * @param generated    the {@code @Generated} value
     */
    public record FileHeader(Code packageName, TypeNames t, Code generated) {
        /**
         * The import lines, sorted: what the view and the rendering have spelled so far, so read after the body.
         *
         * @return the imported classes
         */
        public List<Code> imports() {
            return t.imports();
        }
    }

    /**
     * An immutable model with a builder ({@code model.mustache}) over the runtime's {@code Model}.
     *
     * @param className           simple name
     * @param modifiers           {@code "public final"} or {@code "public static final"}
     * @param javadoc             Javadoc lines
     * @param deprecated          whether deprecated
     * @param implementsClause    {@code " implements Pet"} or {@code ""}
     * @param fields              properties
     * @param table               the expression building the class's {@code ModelType}: JSON names,
     *                            required ones, preset and discriminator values
     * @param additionalType      the value type of additional properties
     * @param nested              nested types
     */
    public record ModelView(
            Code className,
            Code modifiers,
            List<Doc> javadoc,
            boolean deprecated,
            Code implementsClause,
            List<FieldView> fields,
            Code table,
            Code additionalType,
            List<TypeView> nested)
            implements TypeView {
        @Override
        public Template template() {
            return Template.MODEL;
        }

        /** The Javadoc as one line when it is one line (for a one-line comment), else {@code null}. */
        public Doc shortDoc() {
            return javadoc.size() == 1 ? javadoc.get(0) : null;
        }
    }

    /**
     * One property of a model.
     *
     * @param name       Java name (accessor and builder method)
     * @param jsonName   JSON name, as a Java string literal with quotes
     * @param type       spelled Java type
     * @param javadoc    Javadoc lines
     * @param index      its position in the model's property table
     * @param deprecated whether deprecated
     */
    public record FieldView(Code name, Code jsonName, Code type, List<Doc> javadoc, Code index, boolean deprecated) {
        /** The Javadoc as one line when it is one line (for a one-line comment), else {@code null}. */
        public Doc shortDoc() {
            return javadoc.size() == 1 ? javadoc.get(0) : null;
        }

        /**
         * Whether the Java name is the JSON name, so that the builder method needs no {@code @JsonProperty}:
         * Jackson takes a builder method's name as the property's (with {@code withPrefix = ""}).
         */
        public boolean namedAsInJson() {
            return jsonName.toString().equals('"' + name.toString() + '"');
        }

        /**
         * What the accessor returns: the runtime's {@code valueAt} cast to the type, which javac
         * compiles faster than the type it would infer for {@code get}; {@code get} only for a generic
         * type, which a cast could not check.
         */
        public Code getter() {
            String spelled = type.toString();
            if (spelled.indexOf('<') >= 0) {
                return Code.of("get($L)", index);
            }
            // a cast to Object would be redundant (-Xlint:cast)
            return spelled.equals("Object") || spelled.equals("java.lang.Object")
                    ? Code.of("valueAt($L)", index)
                    : Code.of("($L) valueAt($L)", type, index);
        }
    }

    /**
     * An open enum ({@code enum.mustache}): a class with a constant per known value that keeps unknown values.
     *
     * @param className        simple name
     * @param modifiers        class modifiers
     * @param javadoc          Javadoc lines
     * @param implementsClause implemented interfaces besides the runtime's {@code OpenEnum}
     * @param inUnion          whether it implements a union, whose deserializer it must then opt out of
     * @param valueType        {@code String}, {@code Integer} or {@code Long}
     * @param constants        the known values
     * @param unknownName      the name of the {@code Known} constant for other values
     */
    public record EnumView(
            Code className,
            Code modifiers,
            List<Doc> javadoc,
            Code implementsClause,
            boolean inUnion,
            Code valueType,
            List<EnumConstantView> constants,
            Code unknownName)
            implements TypeView {
        @Override
        public Template template() {
            return Template.ENUM;
        }

        @Override
        public List<TypeView> nested() {
            return List.of();
        }
    }

    /**
     * One enum value.
     *
     * @param name    constant name
     * @param literal the value as a Java literal
     */
    public record EnumConstantView(Code name, Code literal) {}

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
    public record UnionView(
            Code className,
            Code modifiers,
            List<Doc> javadoc,
            Code implementsClause,
            Code permits,
            List<VariantView> variants,
            Code deserializerArgs,
            Code unknownName,
            List<TypeView> nested)
            implements TypeView {
        @Override
        public Template template() {
            return Template.UNION;
        }
    }

    /**
     * One union variant that is not a class of its own, wrapped in a record nested in the union.
     *
     * @param wrapper the wrapper record's name
     * @param wrapped the wrapped value's type
     * @param frozen  whether the value is copied in (a list, a map, bytes or a JSON tree), so the
     *     record cannot change through what it was given
     * @param read    what the accessor returns: a copy where the value can hold bytes or a JSON tree,
     *     which a caller could change, else the value
     */
    public record VariantView(Code wrapper, Code wrapped, boolean frozen, Code read) {}

    /**
     * One API class per tag ({@code api.mustache}).
     *
     * @param className  simple name
     * @param javadoc    Javadoc lines
     * @param operations its operations
     * @param errorTypes the declaration of the API-wide {@code ErrorTypes} constant, or {@code null}
     */
    public record ApiView(Code className, List<Doc> javadoc, List<OperationView> operations, Code errorTypes)
            implements FileView {
        @Override
        public Template template() {
            return Template.API;
        }
    }

    /**
     * The static typed accessors of an API's error bodies, beside the client facade.
     *
     * @param className the class's simple name, e.g. {@code KaloErrors}
     * @param javadoc   its Javadoc lines
     * @param accessors one per error body type, and {@code of} for the API's one
     */
    public record ErrorsView(Code className, List<Doc> javadoc, List<ErrorAccessorView> accessors) implements FileView {
        @Override
        public Template template() {
            return Template.ERRORS;
        }
    }

    /**
     * One typed accessor: {@code static Optional<type> name(ApiException e)}.
     *
     * @param name    method name
     * @param type    the error body type, a class
     * @param javadoc Javadoc lines, without {@code @param}/{@code @return}
     */
    public record ErrorAccessorView(Code name, Code type, List<Doc> javadoc) {}

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
     * @param fullSignature     every parameter of the method that takes them all, options last
     * @param fullArguments     the same as call arguments, e.g. {@code id, body, params, options}
     * @param defaultArguments  the call arguments of the shortest form to the longest: no optional
     *                          parameters, no options ({@code id, body, null, RequestOptions.none()})
     * @param hasParams         whether there is an optional-parameters class
     * @param paramsClass       its simple name
     * @param optional          optional parameters
     * @param requestLines      the {@code ApiRequest} builder calls, one per line
     * @param resultType        the typed result ({@code Void} when none)
     * @param plainType         the plain methods' return type ({@code void} when there is no result)
     * @param returnsValue      whether the plain methods return a value
     * @param ret               {@code "return "} when they do, else {@code ""}
     * @param raw               the methods of the {@code Raw} view: the whole response
     * @param async             the methods of the {@code Async} view: a future of the result
     * @param asyncRaw          the methods of the {@code AsyncRaw} view: a future of the whole response
     * @param responseSpec      the Java expression of the {@code ResponseSpec}
     * @param specConstant      the name of the constant holding the {@code ResponseSpec}
     * @param constants         further constants of the class the operation uses (its parameters' constraints)
     * @param paged             whether it is a paged list
     * @param itemType          item type of a paged list
     * @param pageStrategy      the Java expression of the {@code PageStrategy}
     * @param throwsDocs        {@code @throws} lines
     */
    public record OperationView(
            Code name,
            Code operationId,
            Code method,
            Code path,
            List<Doc> javadoc,
            List<Doc> paramDocs,
            boolean deprecated,
            Code signature,
            Code arguments,
            Code leadingComma,
            Code fullSignature,
            Code fullArguments,
            Code defaultArguments,
            boolean hasParams,
            Code paramsClass,
            List<ParamView> optional,
            List<Code> requestLines,
            Code resultType,
            Code plainType,
            boolean returnsValue,
            Code ret,
            ResultFormView raw,
            ResultFormView async,
            ResultFormView asyncRaw,
            Code responseSpec,
            Code specConstant,
            List<Code> constants,
            boolean paged,
            Code itemType,
            Code pageStrategy,
            List<Doc> throwsDocs) {}

    /**
     * An operation's methods in one view of its API class ({@code operation-view.mustache}): they take the
     * same arguments as the plain methods and return another form of the result.
     *
     * @param type the return type
     * @param call the expression the method with every argument returns
     * @param doc  the one-line Javadoc of each method
     */
    public record ResultFormView(Code type, Code call, Doc doc) {}

    /**
     * One optional parameter.
     *
     * @param name    Java name
     * @param type    spelled type
     * @param javadoc Javadoc lines
     */
    public record ParamView(Code name, Code type, List<Doc> javadoc) {
        /** The Javadoc as one line when it is one line (for a one-line comment), else {@code null}. */
        public Doc shortDoc() {
            return javadoc.size() == 1 ? javadoc.get(0) : null;
        }
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
    public record ClientView(
            Code className,
            List<Doc> javadoc,
            Code defaultBaseUri,
            Code serverTemplate,
            List<ServerVariableView> serverVariables,
            List<ApiRefView> apis,
            List<AuthView> auths,
            Code retryPolicy,
            Code userAgent,
            List<HeaderView> headers)
            implements FileView {
        @Override
        public Template template() {
            return Template.CLIENT;
        }
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
    public record ServerVariableView(
            Code name, Code literal, Code defaultValue, Code allowed, Code setter, List<Doc> javadoc) {}

    /**
     * A header every request sends.
     *
     * @param name  its name as a Java literal
     * @param value its value as a Java literal
     */
    public record HeaderView(Code name, Code value) {}

    /**
     * One API accessor.
     *
     * @param accessor method and field name
     * @param type     API class
     */
    public record ApiRefView(Code accessor, Code type) {}

    /**
     * One credential method on the client builder.
     *
     * @param name       method name
     * @param parameters parameter list
     * @param paramDocs  one {@code @param} line per parameter
     * @param expression the {@code Authentication} expression
     * @param javadoc    Javadoc lines
     */
    public record AuthView(Code name, Code parameters, List<Doc> paramDocs, Code expression, List<Doc> javadoc) {}

    /**
     * The typed request of a {@code multipart/form-data} body ({@code multipart.mustache}).
     *
     * @param className     simple name
     * @param javadoc       Javadoc lines
     * @param operationId   the operation id as a Java literal, for messages
     * @param requiredParts {@code , "a", "b"}: the required part names as literals after a comma, or empty
     * @param parts         one builder method per part
     */
    public record FormView(
            Code className, List<Doc> javadoc, Code operationId, Code requiredParts, List<PartView> parts)
            implements FileView {
        @Override
        public Template template() {
            return Template.MULTIPART;
        }
    }

    /**
     * One part of a multipart body.
     *
     * @param name        the builder method (and its parameter)
     * @param type        its spelled type: {@code FilePart} for a file
     * @param literal     the part name as a Java literal
     * @param contentType the spec's content type as a literal, or {@code null}
     * @param headers     {@code , Map.of(...)} of header defaults, or empty
     * @param javadoc     Javadoc lines
     */
    public record PartView(Code name, Code type, Code literal, Code contentType, Code headers, List<Doc> javadoc) {}
}
