package io.handspec.generator.view;

/**
 * One file to render.
 *
 * @param path   path relative to the output folder, with {@code /} separators
 * @param header its package, imports and framework type spellings
 * @param view   what its template reads
 */
public record SourceFile(String path, Views.FileHeader header, Views.FileView view) {}
