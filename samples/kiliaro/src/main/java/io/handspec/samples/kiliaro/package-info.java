/** The Kiliaro sample: users and media, matrix lookups and RFC 3339 timestamps. */
package io.handspec.samples.kiliaro;
