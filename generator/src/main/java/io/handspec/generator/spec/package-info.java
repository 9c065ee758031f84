/** Reads a spec with swagger-parser, checks it and converts it into the {@code model}; the only package that sees parser types. */
package io.handspec.generator.spec;
