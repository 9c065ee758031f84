/** Immutable records of what an API is, free of parser types: operations, schemas, credentials and the {@code x-handspec} extensions, each extension a sealed type. */
package io.handspec.generator.model;
