/**
 * Change reports: what an edit of a spec does to code that uses its client, each change named in
 * Java terms, placed in the spec and classified as breaking or not.
 */
package io.handspec.generator.changes;
