package io.handspec.generator.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.TestCompiler;
import io.handspec.generator.model.ApiModel;
import io.handspec.generator.model.Envelope;
import io.handspec.generator.model.Operation;
import io.handspec.generator.model.Response;
import io.handspec.generator.model.TypeRef;
import io.handspec.generator.render.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text that the loader lets through (a response status key, here) still cannot leave its
 * comment: the view escapes it whatever the loader checks. The payload would call INJECTED(), which
 * does not exist, so output that let it through would not compile.
 */
class RenderedEscapingTest {
    @Test
    void aStatusKeyCannotCloseTheJavadocItIsPrintedIn(@TempDir Path tmp) throws Exception {
        String status = "5XX */ static { INJECTED(); } /* ";
        Operation op = new Operation(
                "get",
                "things",
                "GET",
                "/things",
                "",
                "",
                false,
                List.of(),
                null,
                List.of(
                        new Response("200", "ok", "application/json", new TypeRef.Primitive(TypeRef.Scalar.STRING)),
                        new Response(status, "server error */ INJECTED(); /*", null, null)),
                null,
                Envelope.NONE);
        ApiModel api = new ApiModel(
                "Things",
                "1",
                "",
                List.of(),
                List.of(),
                List.of(op),
                List.of(),
                null,
                io.handspec.generator.model.Timestamps.OFFSET,
                Map.of(),
                null);
        List<String> sources = new ArrayList<>();
        TemplateRenderer renderer = new TemplateRenderer(null);
        Path out = tmp.resolve("src");
        for (SourceFile file :
                new ViewBuilder(api, "com.example.things", null, "test", "spec.yaml", new ArrayList<>()).build()) {
            String source = renderer.render(file);
            sources.add(source);
            Path target = out.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, source, StandardCharsets.UTF_8);
        }
        assertTrue(
                sources.stream().anyMatch(s -> s.contains("on 5XX &#42;&#47; static { INJECTED(); } /* ")),
                String.join("\n", sources));
        TestCompiler.Result result = TestCompiler.compile(out, tmp.resolve("classes"));
        assertEquals(List.of(), result.diagnostics());
        assertTrue(result.success());
    }
}
