/** The Kalo sample: projects and tasks through the generated client, against an embedded mock or the real API. */
package io.handspec.samples.kalo;
