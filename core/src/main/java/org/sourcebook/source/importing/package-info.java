/**
 * Turning uploaded files (.txt, .md, .html, .pdf, .docx) into normalized document text with
 * paragraphs kept, plus whatever metadata the file carries. Pure: nothing is stored here, so a
 * failed import changes nothing.
 */
@NullMarked
package org.sourcebook.source.importing;

import org.jspecify.annotations.NullMarked;
