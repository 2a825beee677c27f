package org.sourcebook.results;

import org.sourcebook.content.item.ItemId;

/** A question of a quiz as a column of its item analysis: its id and current prompt. */
public record QuestionColumn(ItemId id, String prompt) {}
