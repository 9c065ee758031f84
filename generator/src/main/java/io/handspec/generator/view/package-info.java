/**
 * The view stage: turns the model into one record per template, with every name, type spelling,
 * import, Javadoc line and expression computed in Java and made safe for source ({@link
 * io.handspec.generator.view.Code}, {@link io.handspec.generator.view.Doc}).
 */
package io.handspec.generator.view;
