/** What the samples share: the embedded mock server and the check of each request against the spec. */
package io.handspec.samples.support;
