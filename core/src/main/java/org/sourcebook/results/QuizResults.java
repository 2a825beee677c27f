package org.sourcebook.results;

import java.util.List;
import org.sourcebook.content.analysis.QuizAnalysis;
import org.sourcebook.content.lesson.BlockId;

/**
 * The results of one quiz of a lesson.
 *
 * @param position 1 for the lesson's first quiz
 * @param questions the quiz's questions, in the order of {@code analysis.items()}
 * @param attempts the selected submitted attempts, by student and attempt number
 * @param notAnalysed how many of them the analysis leaves out because they were taken with other
 *     questions (the quiz changed after them)
 */
public record QuizResults(BlockId quiz, int position, List<QuestionColumn> questions, List<AttemptLine> attempts,
        QuizAnalysis analysis, int notAnalysed) {

    public QuizResults {
        questions = List.copyOf(questions);
        attempts = List.copyOf(attempts);
    }
}
