/**
 * Runs a {@link io.handspec.generator.GenerationJob}: expands folders of specs into requests,
 * decides without parsing whether anything changed, and records what the output depends on.
 */
package io.handspec.generator.incremental;
