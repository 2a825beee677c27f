package org.sourcebook.content.item;

/** An item a learner answers and gets a grade for; every kind except the fact card. */
public sealed interface Question extends Item
        permits ChoiceQuestion, ShortAnswer, Numeric, Cloze, Matching, Ordering {
}
