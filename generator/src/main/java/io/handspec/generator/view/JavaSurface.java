package io.handspec.generator.view;

import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.EnumSchema;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Schema;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.view.Views.ApiRefView;
import io.handspec.generator.view.Views.ApiView;
import io.handspec.generator.view.Views.ClientView;
import io.handspec.generator.view.Views.FieldView;
import io.handspec.generator.view.Views.ModelView;
import io.handspec.generator.view.Views.OperationView;
import io.handspec.generator.view.Views.TypeView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Java names a spec's client shows its users, read from the very views the templates render:
 * which class a schema becomes, what an operation's method and return type are called, how a type is
 * spelled. Change reports name what an edit breaks with these, so they speak of {@code TasksApi.getTask},
 * not of {@code GET /tasks/{id}}.
 */
public final class JavaSurface {
    private final TypeRegistry registry;
    private final TypeSpeller speller;
    private final String modelPackage;
    private final String clientClass;
    private final Map<String, Method> methods = new HashMap<>();
    private final Map<String, Map<String, String>> fields = new HashMap<>();

    /**
     * One operation as a method.
     *
     * @param apiClass   the API class holding it
     * @param accessor   the facade method returning that class
     * @param name       the method name
     * @param returnType the return type as spelled in the API class
     */
    public record Method(String apiClass, String accessor, String name, String returnType) {
        /** {@code TasksApi.getTask}. */
        public String qualified() {
            return apiClass + "." + name;
        }
    }

    private JavaSurface(ApiModel api, String basePackage, String clientName) {
        this.modelPackage = basePackage + ".model";
        ViewBuilder builder = new ViewBuilder(api, basePackage, clientName, "", "", new ArrayList<>());
        this.registry = builder.registry();
        this.speller = new TypeSpeller(
                registry,
                switch (api.timestamps()) {
                    case OFFSET -> false;
                    case RFC3339 -> true;
                });
        Map<String, String> ids = new HashMap<>();
        for (Operation op : api.operations()) {
            ids.put(Code.literal(op.operationId()).toString(), op.operationId());
        }
        Map<String, String> accessors = new HashMap<>();
        String client = null;
        List<ApiView> apis = new ArrayList<>();
        for (SourceFile file : builder.build()) {
            if (file.view() instanceof ClientView c) {
                client = c.className().toString();
                for (ApiRefView r : c.apis()) {
                    String type = r.type().toString();
                    accessors.put(type.substring(type.lastIndexOf('.') + 1), r.accessor() + "()");
                }
            } else if (file.view() instanceof ApiView a) {
                apis.add(a);
            } else if (file.view() instanceof TypeView t) {
                collectFields(t, "");
            }
        }
        this.clientClass = client;
        for (ApiView a : apis) {
            String apiClass = a.className().toString();
            for (OperationView o : a.operations()) {
                String returnType = o.paged()
                        ? "PagedIterable<" + o.itemType() + ">"
                        : o.plainType().toString();
                methods.put(
                        ids.get(o.operationId().toString()),
                        new Method(
                                apiClass,
                                accessors.getOrDefault(apiClass, ""),
                                o.name().toString(),
                                returnType));
            }
        }
    }

    /** The surface of {@code api}'s client in {@code basePackage}; {@code clientName} as the generator option. */
    public static JavaSurface of(ApiModel api, String basePackage, String clientName) {
        return new JavaSurface(api, basePackage, clientName);
    }

    private void collectFields(TypeView t, String outer) {
        String name = outer.isEmpty() ? t.className().toString() : outer + "." + t.className();
        if (t instanceof ModelView m) {
            Map<String, String> byJson = new HashMap<>();
            for (FieldView f : m.fields()) {
                byJson.put(f.jsonName().toString(), f.name().toString());
            }
            fields.put(name, byJson);
        }
        for (TypeView n : t.nested()) {
            collectFields(n, name);
        }
    }

    /** The client facade's simple name. */
    public String clientClass() {
        return clientClass;
    }

    /** The method of the operation {@code operationId}, or {@code null} when there is none. */
    public Method method(String operationId) {
        return methods.get(operationId);
    }

    /** The class of {@code schema} relative to the model package ({@code Task.Attributes}), or {@code null} when it has none. */
    public String className(Schema schema) {
        ClassName name = registry.name(schema);
        return name == null ? null : name.relativeName();
    }

    /** The schema a type names, or {@code null} for scalars, lists and maps. */
    public Schema schemaOf(TypeRef type) {
        return registry.schemaOf(type);
    }

    /** {@code type} as a user reads it: simple names, such as {@code List<Task>}. */
    public String spell(TypeRef type) {
        return speller.spell(type, new ImportCollector(modelPackage, Set.of()));
    }

    /** The accessor of the property {@code jsonName} of the class {@code className}. */
    public String fieldName(String className, String jsonName) {
        String name = fields.getOrDefault(className, Map.of())
                .get(Code.literal(jsonName).toString());
        return name != null ? name : JavaNames.memberName(jsonName);
    }

    /** The constant names of {@code e}'s values, in order. */
    public List<String> constants(EnumSchema e) {
        return EnumConstants.of(e).stream()
                .map(Code::toString)
                .toList()
                .subList(0, e.values().size());
    }

    /** A parameter's Java name as a method argument or optional-parameter setter. */
    public static String memberName(String wireName) {
        return JavaNames.memberName(wireName);
    }
}
