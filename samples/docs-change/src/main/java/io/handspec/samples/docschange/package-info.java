/** The docs-change sample: a spec edit, the regeneration, and the compile error it causes at the user's code. */
package io.handspec.samples.docschange;
