package io.handspec.generator.docs;

import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text a reader sees on an HTML page, one line per block (paragraph, heading, list item, table
 * row, preformatted line), without scripts, styles and other parts that are not text. Parsing is
 * jsoup's, which copes with any HTML a browser copes with.
 */
final class HtmlText {
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas", "button");
    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "br",
            "dd",
            "details",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hr",
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "thead",
            "tfoot",
            "tr",
            "ul",
            "caption",
            "body",
            "html");
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {}

    /**
     * The normalised text of {@code document}, or of the elements {@code selector} picks ({@code ""}
     * for the whole body); {@code null} when the selector picks nothing.
     */
    static String of(Document document, String selector) {
        Elements roots = selector.isEmpty() ? new Elements(document.body()) : document.select(selector);
        if (roots.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (Element root : roots) {
            NodeTraversor.traverse(new Lines(out), root);
            out.append('\n');
        }
        return PageText.normalise(out.toString());
    }

    /** Appends text, breaking lines around blocks and keeping the line breaks of {@code pre}. */
    private static final class Lines implements NodeVisitor {
        private final StringBuilder out;
        private int skipping;
        private int pre;

        Lines(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping++;
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                } else if (CELLS.contains(tag)) {
                    out.append(' ');
                }
                if (tag.equals("pre")) {
                    pre++;
                }
            } else if (node instanceof TextNode t && skipping == 0) {
                // outside pre, a line break in the source is only a space to the reader
                out.append(
                        pre > 0
                                ? t.getWholeText()
                                : t.getWholeText().replace('\n', ' ').replace('\r', ' '));
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (SKIPPED.contains(tag)) {
                    skipping--;
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                }
                if (tag.equals("pre")) {
                    pre--;
                }
            }
        }
    }
}
