/** The Toggl sample: Track v9 and Reports v3 clients, header-cursor paging and retry on 429. */
package io.handspec.samples.toggl;
