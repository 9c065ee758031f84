/** The last pipeline stage: puts rendered sources into the output folder safely and as one step. */
package io.handspec.generator.write;
