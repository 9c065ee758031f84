/** The Kayako sample: sessions, offset paging and form bodies through the generated client. */
package io.handspec.samples.kayako;
