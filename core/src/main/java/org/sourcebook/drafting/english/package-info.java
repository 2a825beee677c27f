/**
 * The English rules of the drafting engine: reading sentences (dates, numbers and what they count,
 * names typed by document-wide evidence, definitions, roles) and the wording of drafted items.
 */
@NullMarked
package org.sourcebook.drafting.english;

import org.jspecify.annotations.NullMarked;
