package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.results.AttemptDetail;
import org.sourcebook.results.AttemptLine;
import org.sourcebook.ui.lesson.ReviewedQuestion;
import org.sourcebook.ui.lesson.Times;

/**
 * One attempt question by question, as the student saw it (options in the student's order, gaps as
 * blanks): the prompt, the student's answer, the mark and the right answer.
 */
class AttemptDialog extends Dialog {

    AttemptDialog(AttemptDetail detail) {
        AttemptLine line = detail.line();
        setId("attempt-dialog");
        setHeaderTitle(getTranslation("results.attempt.title", line.student(), line.number()));
        setWidth("min(48rem, 100vw)");
        add(new Paragraph(getTranslation("results.attempt.summary",
                getTranslation("results.score", Measures.marks(line.marks(), getLocale()), line.maxMarks(),
                        Measures.score(line.score(), getLocale())),
                Times.format(line.submittedAt(), getLocale()), getTranslation("results.finished." + line.finishedBy().name()))));
        int number = 1;
        for (AttemptDetail.AnsweredQuestion answered : detail.questions()) {
            add(question(number++, answered));
        }
        Button close = new Button(getTranslation("results.close"), click -> close());
        close.setId("close-attempt");
        getFooter().add(close);
    }

    private ReviewedQuestion question(int number, AttemptDetail.AnsweredQuestion answered) {
        Grade grade = answered.grade();
        ReviewedQuestion question = new ReviewedQuestion(new H4(getTranslation("results.question.short", number)),
                answered.question(), answered.response(), grade, answered.optionsAsShown(), java.util.List.of());
        question.add(new Paragraph(new Span(getTranslation("results.attempt.mark", Measures.marks(grade.score(), getLocale())))));
        question.addClassNames("attempt-question");
        return question;
    }
}
