package io.handspec.bench;

import java.util.List;
import java.util.Locale;

/** A small SVG bar chart of wall time and peak memory, handspec against OpenAPI Generator, per input. */
final class Chart {
    private Chart() {}

    static String svg(List<Compare.Result> results) {
        int rows = results.size() / 2;
        int rowHeight = 34;
        int width = 900;
        int height = 80 + rows * rowHeight * 2 + 40;
        double maxWall =
                results.stream().mapToDouble(r -> r.run().wallMs()).max().orElse(1);
        double maxRss =
                results.stream().mapToDouble(r -> r.run().peakRssKb()).max().orElse(1);
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                width,
                height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(
                "<text x=\"10\" y=\"20\" font-size=\"15\">Generation in a fresh JVM: handspec (blue) vs OpenAPI Generator java/native (orange)</text>\n");
        s.append("<text x=\"130\" y=\"45\">wall time</text><text x=\"530\" y=\"45\">peak RSS</text>\n");
        int y = 60;
        for (int i = 0; i + 1 < results.size(); i += 2) {
            Compare.Result a = results.get(i);
            Compare.Result b = results.get(i + 1);
            s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 20, a.input()));
            bar(
                    s,
                    130,
                    y,
                    a.run().wallMs() / maxWall,
                    "#1f77b4",
                    String.format(Locale.ROOT, "%.1f s", a.run().wallMs() / 1000.0));
            bar(
                    s,
                    130,
                    y + rowHeight / 2 + 2,
                    b.run().wallMs() / maxWall,
                    "#ff7f0e",
                    String.format(Locale.ROOT, "%.1f s", b.run().wallMs() / 1000.0));
            bar(s, 530, y, a.run().peakRssKb() / maxRss, "#1f77b4", a.run().peakRssKb() / 1024 + " MB");
            bar(
                    s,
                    530,
                    y + rowHeight / 2 + 2,
                    b.run().peakRssKb() / maxRss,
                    "#ff7f0e",
                    b.run().peakRssKb() / 1024 + " MB");
            y += rowHeight * 2;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static void bar(StringBuilder s, int x, int y, double fraction, String colour, String label) {
        int w = (int) Math.max(1, Math.round(fraction * 300));
        s.append(String.format(
                Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"14\" fill=\"%s\"/>%n", x, y, w, colour));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + w + 5, y + 11, label));
    }
}
