package org.sourcebook.ui.lesson;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.sourcebook.content.grading.Correctness;
import org.sourcebook.content.grading.Grade;

/** How one answer was graded, as the student reads it: correct, partly correct or wrong, then the question's feedback. */
public class GradeFeedback extends Div {

    public GradeFeedback(Grade grade) {
        Correctness correctness = grade.correctness();
        addClassNames("grade-feedback", "grade-" + correctness.name().toLowerCase(java.util.Locale.ROOT));
        Span verdict = new Span(getTranslation("quiz.grade." + correctness.name()));
        verdict.addClassName("grade-verdict");
        verdict.getElement().getThemeList().add("badge " + switch (correctness) {
            case CORRECT -> "success";
            case PARTIAL -> "contrast";
            case WRONG -> "error";
        });
        add(verdict);
        if (!grade.feedback().isBlank()) {
            add(new Paragraph(grade.feedback()));
        }
    }
}
