/** The Maven plugin: the generate goal, a thin front door over the generator's GenerationJob. */
package io.handspec.maven;
