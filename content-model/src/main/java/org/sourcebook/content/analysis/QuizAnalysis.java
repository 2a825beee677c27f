package org.sourcebook.content.analysis;

import java.util.List;

/** The item analysis of one quiz: the test as a whole and each item in column order. */
public record QuizAnalysis(TestStatistics test, List<ItemStatistics> items) {

    public QuizAnalysis {
        items = List.copyOf(items);
    }
}
