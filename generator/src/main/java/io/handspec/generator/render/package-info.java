/** The render stage: Mustache.java set up for code, each template bound to its view type. */
package io.handspec.generator.render;
