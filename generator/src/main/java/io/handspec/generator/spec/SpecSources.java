package io.handspec.generator.spec;

import com.fasterxml.jackson.databind.JsonNode;
import io.handspec.generator.GenerationException;
import io.handspec.generator.SpecProblem;
import io.handspec.generator.model.DocSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code info.x-handspec-sources} of one spec file, read from its text alone (no parsing as
 * OpenAPI, so a spec half-way through an edit can still be checked against its docs), with the line
 * of each entry's {@code sha256} and {@code reviewed} for rewriting them after a review.
 *
 * @param file    the spec file
 * @param text    its text
 * @param sources its pages, in order
 * @param openApi whether the file is an OpenAPI document at all (a folder may hold other YAML files)
 */
public record SpecSources(Path file, String text, List<Placed> sources, boolean openApi) {
    /**
     * One page and where its reviewed values stand.
     *
     * @param source   the page
     * @param sha256   where its {@code sha256} value starts
     * @param reviewed where its {@code reviewed} value starts
     */
    public record Placed(DocSource source, Place sha256, Place reviewed) {}

    /**
     * A place in the file.
     *
     * @param line   1-based line
     * @param column 1-based column
     */
    public record Place(int line, int column) {
        static Place of(SpecProblem at) {
            return new Place(at.line(), Math.max(1, at.column()));
        }
    }

    public SpecSources {
        sources = List.copyOf(sources);
    }

    /** Reads {@code file}; a bad entry fails with every problem placed by line and pointer. */
    public static SpecSources read(Path file) throws GenerationException {
        List<SpecProblem> problems = new ArrayList<>();
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GenerationException(
                    "cannot read spec " + file,
                    List.of(new SpecProblem(file.toString(), 0, 0, "", "cannot read: " + e.getMessage())));
        }
        SourceIndex index = SourceIndex.of(file.toString(), text, problems);
        if (index == null) {
            throw new GenerationException("cannot read spec " + file, problems);
        }
        JsonNode value;
        try {
            value = index.tree().at(SourcesReader.POINTER);
        } catch (IOException e) {
            throw new GenerationException("cannot read spec " + file, e);
        }
        Problems found = new Problems(index);
        List<DocSource> read = new SourcesReader(found).read(value.isMissingNode() ? null : value);
        if (!found.errors().isEmpty()) {
            throw new GenerationException(
                    "spec " + file + " has " + found.errors().size() + " problem(s)", found.errors());
        }
        List<Placed> placed = new ArrayList<>();
        for (int i = 0; i < read.size(); i++) {
            String at = SourcesReader.POINTER + "/" + i;
            placed.add(new Placed(
                    read.get(i),
                    Place.of(index.problem(at + "/sha256", "")),
                    Place.of(index.problem(at + "/reviewed", ""))));
        }
        return new SpecSources(file, text, placed, index.has("/openapi") || index.has("/swagger"));
    }
}
