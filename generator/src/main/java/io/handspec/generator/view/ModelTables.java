package io.handspec.generator.view;

import io.handspec.generator.view.Views.FieldView;
import java.util.ArrayList;
import java.util.List;

/**
 * The expression that builds a model's property table ({@code ModelType.of(...)} and its
 * {@code required}, {@code preset} and {@code discriminator} calls), laid out like hand-written
 * code: on the declaration's line when it fits, else the calls on lines of their own and the
 * arguments wrapped at {@value #WIDTH} columns.
 */
final class ModelTables {
    static final int WIDTH = 100;
    /** The columns before a wrapped argument and before a call on a line of its own. */
    private static final int ARGUMENTS = 20;

    private static final int CALLS = 12;

    private ModelTables() {}

    /**
     * A call on the table.
     *
     * @param method {@code required}, {@code preset} or {@code discriminator}
     * @param args   its arguments
     */
    record Call(String method, List<Code> args) {}

    /**
     * The table of {@code className}.
     *
     * @param modelType how the file spells the runtime's {@code ModelType}
     * @param methodHandles how the file spells {@code java.lang.invoke.MethodHandles}
     * @param className the model's simple name
     * @param fields    its properties, in table order
     * @param calls     the calls after {@code of(...)}
     */
    static Code table(Code modelType, Code methodHandles, Code className, List<FieldView> fields, List<Call> calls) {
        // the constructors found through the lookup: two method references per model cost javac more
        List<Code> args = new ArrayList<>(List.of(Code.of("$L.lookup()", methodHandles)));
        fields.forEach(f -> args.add(f.jsonName()));
        String declaration = "    private static final " + modelType + "<" + className + ", Builder> TYPE = ";
        // explicit type arguments: a call chained on of(...) gives javac no target type to infer them from
        Code of = Code.of("$L.<$L, Builder>of", modelType, className);
        Code oneLine = Code.of("$L($L)", of, Code.join(", ", args));
        for (Call call : calls) {
            oneLine = Code.of("$L.$N($L)", oneLine, call.method(), Code.join(", ", call.args()));
        }
        if (declaration.length() + oneLine.toString().length() + 1 <= WIDTH) {
            return oneLine;
        }
        Code flatOf = Code.of("$L($L)", of, Code.join(", ", args));
        Code out = declaration.length() + flatOf.toString().length() + (calls.isEmpty() ? 1 : 0) <= WIDTH
                ? flatOf
                : Code.of("$L(\n                    $L)", of, packed(args));
        for (Call call : calls) {
            Code flat = Code.of("$N($L)", call.method(), Code.join(", ", call.args()));
            Code wrapped = CALLS + 1 + flat.toString().length() + 1 <= WIDTH
                    ? flat
                    : Code.of("$N(\n                    $L)", call.method(), packed(call.args()));
            out = Code.of("$L\n            .$L", out, wrapped);
        }
        return out;
    }

    /** The items separated by commas, as many on a line as fit. */
    private static Code packed(List<Code> items) {
        List<Code> lines = new ArrayList<>();
        List<Code> line = new ArrayList<>();
        int length = ARGUMENTS;
        for (Code item : items) {
            int add = item.toString().length() + 2;
            if (!line.isEmpty() && length + add > WIDTH) {
                lines.add(Code.join(", ", line));
                line = new ArrayList<>();
                length = ARGUMENTS;
            }
            line.add(item);
            length += add;
        }
        lines.add(Code.join(", ", line));
        return Code.join(",\n                    ", lines);
    }
}
