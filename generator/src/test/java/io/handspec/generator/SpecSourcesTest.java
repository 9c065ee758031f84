package io.handspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every spec in {@code specs/} names the vendor pages it describes, and the snapshot beside it of each page
 * is the text its digest was taken of: checked offline, with a digest computed here, so a snapshot or a
 * digest edited alone fails the build before the scheduled docs check would be confused by it.
 */
class SpecSourcesTest {
    @ParameterizedTest
    @ValueSource(strings = {"kalo", "kiliaro", "toggl", "toggl-reports", "kickfolio", "kayako"})
    void eachPageHasASnapshotWithItsDigest(String api) throws Exception {
        JsonNode sources = new ObjectMapper(new YAMLFactory())
                .readTree(SpecsTest.SPECS.resolve(api + ".yaml").toFile())
                .at("/info/x-handspec-sources");
        assertTrue(sources.isArray() && !sources.isEmpty(), api + " names its pages");
        Path folder = SpecsTest.SPECS.resolve("sources").resolve(api);
        for (JsonNode source : sources) {
            URI url = URI.create(source.path("url").asText());
            assertEquals("https", url.getScheme(), url.toString());
            LocalDate.parse(source.path("reviewed").asText());
            try (var files = Files.list(folder)) {
                Path snapshot = files.filter(f -> f.getFileName().toString().startsWith(url.getHost()))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no snapshot of " + url + " in " + folder));
                String text = Files.readString(snapshot);
                assertFalse(text.isBlank(), snapshot.toString());
                assertEquals(source.path("sha256").asText(), DocsFixture.sha256(text), snapshot.toString());
            }
        }
    }
}
