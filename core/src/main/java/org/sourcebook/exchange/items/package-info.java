/**
 * What every question-bank interchange format shares: the formats ({@link ItemFormat}), what an
 * export is made of ({@link ExportSet}) and gives ({@link ExportedFile}), what an import reads
 * ({@link ImportedItems}), the per-item issues both report ({@link ItemIssue}), and how citations
 * travel in text ({@link CitationText}). Each format lives in a package of its own beside this one
 * ({@code exchange.gift}, {@code exchange.moodle}, {@code exchange.qti}, {@code exchange.anki}).
 */
@NullMarked
package org.sourcebook.exchange.items;

import org.jspecify.annotations.NullMarked;
