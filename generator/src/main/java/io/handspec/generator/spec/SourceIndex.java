package io.handspec.generator.spec;

import io.handspec.generator.SpecProblem;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each JSON pointer of a YAML or JSON file stands (line and column), so that problems found
 * in the parsed model can be shown at their place in the source. Also finds {@code $ref}s.
 */
final class SourceIndex {
    private final String file;
    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String[]> refs = new ArrayList<>();

    private SourceIndex(String file) {
        this.file = file;
    }

    /** Indexes {@code text}; a syntax error becomes a {@link SpecProblem} at its line and column. */
    static SourceIndex of(String file, String text, List<SpecProblem> problems) {
        SourceIndex index = new SourceIndex(file);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setMaxAliasesForCollections(1000);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(new SpecProblem(file, 1, 1, "", "the file is empty; an OpenAPI document starts with 'openapi: 3.0.3'"));
                return null;
            }
            index.walk(root, "");
            return index;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            problems.add(new SpecProblem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                    "", "syntax error: " + what + (e.getContext() != null ? " (" + e.getContext() + ")" : "")
                    + "; fix the YAML/JSON at this place"));
            return null;
        } catch (RuntimeException e) {
            problems.add(new SpecProblem(file, 0, 0, "", "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    private void walk(Node node, String pointer) {
        marks.put(pointer, node.getStartMark());
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = pointer + "/" + escape(key.getValue());
                    if ("$ref".equals(key.getValue()) && tuple.getValueNode() instanceof ScalarNode value) {
                        refs.add(new String[] {pointer, value.getValue()});
                    }
                    walk(tuple.getValueNode(), child);
                }
            }
        } else if (node instanceof SequenceNode seq) {
            List<Node> items = seq.getValue();
            for (int i = 0; i < items.size(); i++) {
                walk(items.get(i), pointer + "/" + i);
            }
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    String file() {
        return file;
    }

    boolean has(String pointer) {
        return marks.containsKey(pointer);
    }

    /** Every {@code $ref}: the pointer of the object holding it and its value. */
    List<String[]> refs() {
        return refs;
    }

    /** A problem at {@code pointer}, placed at the nearest indexed ancestor when the pointer itself is absent. */
    SpecProblem problem(String pointer, String message) {
        String p = pointer;
        while (!marks.containsKey(p) && !p.isEmpty()) {
            p = p.substring(0, Math.max(p.lastIndexOf('/'), 0));
        }
        Mark mark = marks.get(p);
        return new SpecProblem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1,
                pointer, message);
    }
}
