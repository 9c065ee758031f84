package io.handspec.samples.docschange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Step one of the loop: noticing that the vendor's page changed. The page as the spec was written from
 * is kept in {@code docs/apps.txt}, the page as the vendor publishes it now in {@code edits/apps.txt};
 * this step says which lines differ. It is the one place the docs check plugs into: the
 * {@code check-docs} goal fetches the pages a spec names and compares them with such snapshots.
 */
final class DocsStep {
    private DocsStep() {}

    /** The step's headline, with the lines of the vendor's page that changed. */
    static String detect(Path moduleDir) throws IOException {
        List<String> before = Files.readAllLines(moduleDir.resolve("docs/apps.txt"));
        List<String> now = Files.readAllLines(moduleDir.resolve("edits/apps.txt"));
        StringBuilder diff = new StringBuilder();
        before.stream()
                .filter(l -> !now.contains(l))
                .forEach(l -> diff.append("   - ").append(l).append('\n'));
        now.stream()
                .filter(l -> !before.contains(l))
                .forEach(l -> diff.append("   + ").append(l).append('\n'));
        String headline = diff.isEmpty()
                ? "The vendor's Apps page is unchanged"
                : "The vendor's Apps page changed since the spec was written from it:";
        return headline + (diff.isEmpty() ? "" : "\n" + diff.toString().stripTrailing());
    }
}
