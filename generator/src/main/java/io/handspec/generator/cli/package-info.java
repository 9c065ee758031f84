/** The command-line front door: parses arguments into a {@link io.handspec.generator.GenerationJob} and prints its result. */
package io.handspec.generator.cli;
