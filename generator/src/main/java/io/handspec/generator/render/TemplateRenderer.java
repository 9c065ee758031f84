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
        // one buffer per file, reused by each template run: its text is copied out once per run
        Buffers buffers = new Buffers();
        // the body first: the framework types it reads through t are what the file imports
        String body = view instanceof Views.TypeView type
                ? renderType(type, file.header(), buffers, false)
                : run(buffers, view.template(), view, file.header());
        return run(buffers, Views.Template.FILE, file.header(), Map.of("body", body));
    }

    /** A file's two reusable buffers: the one templates write into, and the one indented text is built in. */
    private static final class Buffers {
        final StringBuilderWriter out = new StringBuilderWriter();
        final StringBuilder indented = new StringBuilder();
    }

    private String renderType(Views.TypeView type, Views.FileHeader header, Buffers buffers, boolean nested) {
        List<String> children = new ArrayList<>();
        for (Views.TypeView child : type.nested()) {
            children.add(renderType(child, header, buffers, true));
        }
        execute(buffers.out, type.template(), type, Map.of("nestedSources", children), header);
        return nested ? indent(buffers.out.buffer(), buffers.indented) : stripped(buffers.out.buffer());
    }

    private String run(Buffers buffers, Views.Template template, Object... scopes) {
        execute(buffers.out, template, scopes);
        return stripped(buffers.out.buffer());
    }

    /** Runs {@code template} into {@code out}, which is emptied first. */
    private void execute(StringBuilderWriter out, Views.Template template, Object... scopes) {
        Mustache mustache = cache.computeIfAbsent(template, t -> factory.compile(t.fileName()));
        out.buffer().setLength(0);
        try {
            mustache.execute(out, scopes).flush();
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + template.fileName() + " failed: " + rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without its leading white space, as {@link String#stripLeading()} gives it. */
    private static String stripped(StringBuilder text) {
        return text.substring(leadingWhiteSpace(text));
    }

    private static int leadingWhiteSpace(CharSequence text) {
        int i = 0;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            if (!Character.isWhitespace(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    /**
     * The text without its leading white space, every non-empty line indented by four spaces, ending
     * with one line break: a nested type as its owner's template places it.
     */
    private static String indent(StringBuilder source, StringBuilder out) {
        out.setLength(0);
        int start = leadingWhiteSpace(source);
        int length = source.length();
        while (true) {
            int end = start;
            while (end < length && source.charAt(end) != '\n') {
                end++;
            }
            if (end > start) {
                out.append("    ").append(source, start, end);
            }
            out.append('\n');
            if (end == length) {
                break;
            }
            start = end + 1;
        }
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n') {
            out.setLength(n - 1);
        }
        return out.toString();
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
