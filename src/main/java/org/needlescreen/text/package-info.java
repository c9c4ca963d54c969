/**
 * Plain-text rendering of screening results for people ({@link org.needlescreen.text.ResultText}):
 * what {@code screen --format text} prints. Needs nothing beyond the library's own dependencies.
 */
package org.needlescreen.text;
