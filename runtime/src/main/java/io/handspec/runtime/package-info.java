/**
 * The library every generated client calls: an {@link io.handspec.runtime.ApiClient} that sends
 * requests through layers (retry, redirects, authentication, redacted listening) around one
 * {@link io.handspec.runtime.HttpTransport}, plus credentials, paging, errors and JSON.
 */
package io.handspec.runtime;
