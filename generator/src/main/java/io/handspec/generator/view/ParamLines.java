package io.handspec.generator.view;

import io.handspec.generator.model.Constraints;
import io.handspec.generator.model.Parameter;
import io.handspec.generator.model.RequestBody;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ApiRequest} builder calls that write a parameter in its style (with explode and
 * {@code allowReserved}), check it against the spec's constraints first, and say how form body
 * properties are encoded. Constraints are data for one runtime check, not generated conditions.
 */
final class ParamLines {
    private static final String PARAM_STYLE = "io.handspec.runtime.ParamStyle";
    /** An enum longer than this is left to the server: its values inline would bloat every call. */
    private static final int MAX_ALLOWED = 256;

    private ParamLines() {}

    /**
     * The check (when the spec constrains the value) and the call that puts the parameter on the request.
     *
     * @param pageSize whether it is a paged operation's page size, whose {@code maximum} the pager applies by
     *                 lowering a larger value instead of refusing it
     * @param constant names a constant of the class holding the given constraints (made once, not per call)
     */
    static List<Code> of(
            Parameter p,
            Code value,
            boolean pageSize,
            ImportCollector imports,
            java.util.function.BiFunction<Parameter, Code, Code> constant) {
        List<Code> lines = new ArrayList<>();
        Constraints constraints = pageSize ? p.constraints().withoutMaximum() : p.constraints();
        if (!checked(constraints).isEmpty()) {
            lines.add(Code.of(
                    ".check($S, $L, $L)", p.name(), value, constant.apply(p, constraints(constraints, imports))));
        }
        lines.add(
                switch (p.in()) {
                    case PATH -> Code.of(
                            ".pathParam($S, $T.$N, $L)", p.name(), imports.spell(PARAM_STYLE), pathStyle(p), value);
                    case QUERY -> p.allowReserved()
                            ? Code.of(
                                    ".queryParam($S, $T.$N, true, $L)",
                                    p.name(),
                                    imports.spell(PARAM_STYLE),
                                    queryStyle(p.style(), p.explode()),
                                    value)
                            : Code.of(
                                    ".queryParam($S, $T.$N, $L)",
                                    p.name(),
                                    imports.spell(PARAM_STYLE),
                                    queryStyle(p.style(), p.explode()),
                                    value);
                    case HEADER -> Code.of(".header($S, $L)", p.name(), value);
                    case COOKIE -> Code.of(
                            ".header($S, $L == null ? null : $S + $L)", "Cookie", value, p.name() + "=", value);
                });
        return lines;
    }

    /** One {@code .formEncoding(...)} per form property whose {@code encoding} differs from the default. */
    static List<Code> formRules(RequestBody body, ImportCollector imports) {
        List<Code> lines = new ArrayList<>();
        for (RequestBody.FormRule rule : body.formRules()) {
            String style = queryStyle(rule.style(), rule.explode());
            if (!style.equals("FORM_EXPLODED") || rule.allowReserved()) {
                lines.add(Code.of(
                        ".formEncoding($S, $T.$N, $L)",
                        rule.property(),
                        imports.spell(PARAM_STYLE),
                        style,
                        Code.bool(rule.allowReserved())));
            }
        }
        return lines;
    }

    private static String pathStyle(Parameter p) {
        String base =
                switch (p.style()) {
                    case LABEL -> "LABEL";
                    case MATRIX -> "MATRIX";
                    default -> "SIMPLE";
                };
        return p.explode() ? base + "_EXPLODED" : base;
    }

    private static String queryStyle(Parameter.Style style, boolean explode) {
        return switch (style) {
            case DEEP_OBJECT -> "DEEP_OBJECT";
            case SPACE_DELIMITED -> "SPACE_DELIMITED";
            case PIPE_DELIMITED -> "PIPE_DELIMITED";
            case FORM -> explode ? "FORM_EXPLODED" : "FORM";
            default -> "FORM";
        };
    }

    /** The constraints that are checked: a very long enum is dropped. */
    private static Constraints checked(Constraints c) {
        return c.allowed().size() <= MAX_ALLOWED ? c : c.withoutAllowed();
    }

    /** {@code Constraints.none().maximum("100", false)...}: the runtime value of the spec's constraints. */
    private static Code constraints(Constraints raw, ImportCollector imports) {
        Constraints c = checked(raw);
        List<Code> calls = new ArrayList<>();
        calls.add(Code.of("$T.none()", imports.spell("io.handspec.runtime.Constraints")));
        if (c.minimum() != null) {
            calls.add(Code.of(".minimum($S, $L)", c.minimum().toPlainString(), Code.bool(c.exclusiveMinimum())));
        }
        if (c.maximum() != null) {
            calls.add(Code.of(".maximum($S, $L)", c.maximum().toPlainString(), Code.bool(c.exclusiveMaximum())));
        }
        if (!c.allowed().isEmpty()) {
            calls.add(Code.of(
                    ".allowed($L)",
                    Code.join(", ", c.allowed().stream().map(Code::literal).toList())));
        }
        if (c.minLength() != null || c.maxLength() != null) {
            calls.add(Code.of(".length($L, $L)", orNull(c.minLength()), orNull(c.maxLength())));
        }
        if (c.pattern() != null) {
            calls.add(Code.of(".pattern($S)", c.pattern()));
        }
        if (c.minItems() != null || c.maxItems() != null) {
            calls.add(Code.of(".size($L, $L)", orNull(c.minItems()), orNull(c.maxItems())));
        }
        if (c.items() != null && !checked(c.items()).isEmpty()) {
            calls.add(Code.of(".eachItem($L)", constraints(c.items(), imports)));
        }
        return Code.join("", calls);
    }

    private static Code orNull(Integer value) {
        return value == null ? Code.of("null") : Code.number(value);
    }
}
