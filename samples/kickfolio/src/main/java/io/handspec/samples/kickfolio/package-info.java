/** The Kickfolio sample: apps and versions with the vendor media type and root keys. */
package io.handspec.samples.kickfolio;
