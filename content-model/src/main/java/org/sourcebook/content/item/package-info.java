/**
 * Fact cards and questions: one record per kind, the fields every item shares, and validation
 * that lists problems instead of throwing, so the lesson editor can hold and show invalid drafts.
 */
@NullMarked
package org.sourcebook.content.item;

import org.jspecify.annotations.NullMarked;
