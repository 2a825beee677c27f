/**
 * The drafting engine: from one document version, fact cards and questions of every kind the text
 * supports, each citing its sentence and attributing what it says to the source, ranked by
 * quality, plus a lesson draft; and the service that stores them for a teacher's review. The
 * language-neutral part is here; each language's rules implement {@link
 * org.sourcebook.drafting.DraftingLanguage} (English: {@code drafting.english}).
 */
@NullMarked
package org.sourcebook.drafting;

import org.jspecify.annotations.NullMarked;
