package io.handspec.generator.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import io.handspec.generator.view.SourceFile;
import io.handspec.generator.view.Views;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders views with Mustache.java set up for code rather than HTML: values are written as they
 * are (no {@code &lt;}), a variable no scope holds is an error naming the template and the
 * variable, compiled templates are cached, and a user folder of templates shadows ours file by file.
 * Nested types are rendered first and indented into their owner.
 */
public final class TemplateRenderer {
    private static final String BUILT_IN = "io/handspec/templates/";

    private final DefaultMustacheFactory factory;
    private final Map<Views.Template, Mustache> cache = new ConcurrentHashMap<>();

    /** A renderer whose templates come from {@code userTemplates} first (may be {@code null}), then the built-in ones. */
    public TemplateRenderer(Path userTemplates) {
        this.factory = new DefaultMustacheFactory(new Resolver(userTemplates)) {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        factory.setObjectHandler(new StrictObjectHandler());
    }

    /** Fragments the templates include ({@code {{> name}}}); a user folder may shadow them too. */
    private static final List<String> PARTIALS =
            List.of("operation-parameters.mustache", "operation-arguments.mustache", "operation-view.mustache");

    /** The names of the built-in templates and partials, for digests and documentation. */
    public static List<String> templateNames() {
        List<String> names = new ArrayList<>();
        for (Views.Template t : Views.Template.values()) {
            names.add(t.fileName());
        }
        names.addAll(PARTIALS);
        return names;
    }

    /** The bytes of the built-in template {@code name}, or {@code null} when there is none; for up-to-date digests. */
    public static byte[] builtIn(String name) throws IOException {
        try (InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(BUILT_IN + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /** The Java source of {@code file}. */
    public String render(SourceFile file) {
        Views.FileView view = file.view();
        // the body first: the framework types it reads through t are what the file imports
        String body = view instanceof Views.TypeView type
                ? renderType(type, file.header())
                : run(view.template(), view, file.header());
        return run(Views.Template.FILE, file.header(), Map.of("body", body));
    }

    private String renderType(Views.TypeView type, Views.FileHeader header) {
        List<String> nested = new ArrayList<>();
        for (Views.TypeView child : type.nested()) {
            nested.add(indent(renderType(child, header)));
        }
        return run(type.template(), type, Map.of("nestedSources", nested), header);
    }

    private String run(Views.Template template, Object... scopes) {
        Mustache mustache = cache.computeIfAbsent(template, t -> factory.compile(t.fileName()));
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, scopes).flush();
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + template.fileName() + " failed: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().stripLeading();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static String indent(String source) {
        StringBuilder out = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : "    " + line).append('\n');
        }
        String s = out.toString();
        return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Reads templates from the user folder first, then from the generator jar. */
    private static final class Resolver implements MustacheResolver {
        private final Path userTemplates;

        Resolver(Path userTemplates) {
            this.userTemplates = userTemplates;
        }

        @Override
        public Reader getReader(String name) {
            try {
                if (userTemplates != null) {
                    Path candidate = userTemplates.resolve(name).normalize();
                    if (candidate.startsWith(userTemplates.normalize()) && Files.isRegularFile(candidate)) {
                        return new StringReader(Files.readString(candidate, StandardCharsets.UTF_8));
                    }
                }
                InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(BUILT_IN + name);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Fails when a template reads a variable that no scope holds, instead of printing nothing. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new MustacheException(
                    "no variable '" + name + "' in the view; the template reads a field its view does not have");
        }
    }
}
