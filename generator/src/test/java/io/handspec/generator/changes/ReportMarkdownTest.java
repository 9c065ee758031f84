package io.handspec.generator.changes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.handspec.generator.SpecChange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown report shows Java types as written: a renderer must not take {@code <String>} for an HTML tag. */
class ReportMarkdownTest {
    @Test
    void genericJavaTypesAndPipesSurviveMarkdownRendering() {
        SpecChange c = new SpecChange(
                "PROPERTY_TYPE_CHANGED",
                true,
                "type of property Task.tags() changed from List<String> to Map<String, Long>",
                "code that reads or sets it uses the old Java type | see <docs>",
                "tasks.yaml",
                12,
                "/components/schemas/Task/properties/tags");
        String md = ReportFiles.markdown(List.of("tasks.yaml"), List.of(c));
        assertFalse(md.contains("<String>"), md);
        assertTrue(md.contains("List&lt;String&gt; to Map&lt;String, Long&gt;"), md);
        assertTrue(md.contains("old Java type \\| see &lt;docs&gt;"), md);
    }
}
