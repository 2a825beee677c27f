/**
 * The teacher's items: reviewing a document's drafts, the item editor for every kind, and the
 * question bank. Routes: {@code teacher/documents/:documentId/drafts}, {@code teacher/items/:itemId}
 * ({@code new} with {@code ?document=&version=&start=&end=} for a new item citing that passage) and
 * {@code teacher/bank}, and {@code teacher/bank/import} for importing GIFT, Moodle XML or a bundle; the
 * {@link ExportDialog} exports items (also from the lesson editor). Bundle keys start with {@code items.}, {@code bank.},
 * {@code drafts.} and, for import and export, {@code exchange.}.
 */
@NullMarked
package org.sourcebook.ui.teacher.items;

import org.jspecify.annotations.NullMarked;
