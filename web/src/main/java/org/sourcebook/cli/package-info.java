/**
 * The command line: {@code java -jar sourcebook.jar draft FILE [options]} drafts from a document
 * and prints a bundle, in plain Java, without starting Spring or the web server.
 */
@NullMarked
package org.sourcebook.cli;

import org.jspecify.annotations.NullMarked;
