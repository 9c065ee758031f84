/**
 * The generator's public API, the only package front doors (the Maven plugin, the CLI) may use:
 * {@link io.handspec.generator.GenerationJob} runs the whole incremental job, {@link io.handspec.generator.Generator}
 * renders and writes single requests.
 */
package io.handspec.generator;
