package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sourcebook.content.grading.Grade;
import org.sourcebook.results.AttemptDetail;
import org.sourcebook.results.AttemptLine;
import org.sourcebook.ui.lesson.Times;
import org.sourcebook.ui.student.quiz.AnswerTexts;

/** One attempt question by question: the prompt, the student's answer, the mark and the right answer. */
class AttemptDialog extends Dialog {

    AttemptDialog(AttemptDetail detail) {
        AttemptLine line = detail.line();
        setId("attempt-dialog");
        setHeaderTitle(getTranslation("results.attempt.title", line.student(), line.number()));
        setWidth("min(48rem, 100vw)");
        add(new Paragraph(getTranslation("results.attempt.summary",
                getTranslation("results.score", Measures.marks(line.marks(), getLocale()), line.maxMarks(),
                        Measures.percent(100 * line.score(), getLocale())),
                Times.format(line.submittedAt(), getLocale()), getTranslation("results.finished." + line.finishedBy().name()))));
        int number = 1;
        for (AttemptDetail.AnsweredQuestion answered : detail.questions()) {
            add(question(number++, answered));
        }
        Button close = new Button(getTranslation("results.close"), click -> close());
        close.setId("close-attempt");
        getFooter().add(close);
    }

    private Div question(int number, AttemptDetail.AnsweredQuestion answered) {
        Grade grade = answered.grade();
        Span verdict = new Span(getTranslation("quiz.grade." + grade.correctness().name()));
        verdict.getElement().getThemeList().add(grade.score() >= 1 ? "badge success" : grade.score() > 0 ? "badge" : "badge error");
        Div question = new Div(new H4(getTranslation("results.question.short", number)),
                new Paragraph(answered.question().prompt()),
                new Paragraph(getTranslation("results.attempt.answer",
                        AnswerTexts.describe(answered.question(), answered.response(), this))),
                new Paragraph(verdict, new Span(" " + getTranslation("results.attempt.mark",
                        Measures.marks(grade.score(), getLocale())))),
                new Paragraph(getTranslation("results.attempt.right-answer", answered.question().canonicalAnswer())));
        question.addClassNames("attempt-question");
        return question;
    }
}
