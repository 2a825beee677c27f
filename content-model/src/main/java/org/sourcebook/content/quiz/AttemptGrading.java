package org.sourcebook.content.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.content.grading.Grader;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.Question;

/**
 * A graded attempt: each question's grade in quiz order, and the attempt's score as the share of
 * the possible marks (every question is worth one mark; partial credit counts).
 */
public record AttemptGrading(Map<ItemId, Grade> grades, double marks, int maxMarks) {

    public AttemptGrading {
        grades = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(grades));
    }

    /** Grades {@code sheet} against {@code questions}; a question without an answer scores 0. */
    public static AttemptGrading of(List<Question> questions, AnswerSheet sheet) {
        Map<ItemId, Grade> grades = new LinkedHashMap<>();
        double marks = 0;
        for (Question question : questions) {
            AnswerSheet.SavedAnswer answer = sheet.answers().get(question.id());
            Grade grade = answer == null ? Grader.unanswered(question) : Grader.grade(question, answer.response());
            grades.put(question.id(), grade);
            marks += grade.score();
        }
        return new AttemptGrading(grades, marks, questions.size());
    }

    /** Marks as a share of the maximum, in [0, 1]; 0 for a quiz without questions. */
    public double score() {
        return maxMarks == 0 ? 0 : marks / maxMarks;
    }

    /** The questions left without an answer, for the confirmation before submitting. */
    public static List<ItemId> unanswered(List<Question> questions, AnswerSheet sheet) {
        return questions.stream().map(Question::id).filter(id -> !sheet.answers().containsKey(id)).toList();
    }
}
