package org.sourcebook.ui.student.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sourcebook.attempt.AttemptSummary;
import org.sourcebook.cardreview.DeckProgress;
import org.sourcebook.content.account.Role;
import org.sourcebook.study.LessonProgress;
import org.sourcebook.study.StudyService;
import org.sourcebook.ui.student.StudentFormats;
import org.sourcebook.ui.student.StudentRoutes;

/**
 * The student's progress per lesson: best score, attempts, cards learned of those studied and of
 * all, the estimated retention of the studied cards, and a chart of the submitted attempts' scores.
 */
@Route(StudentRoutes.PROGRESS)
@Menu(order = 22, icon = "vaadin:chart", title = "student.nav.progress")
@RolesAllowed(Role.Name.STUDENT)
public class ProgressView extends VerticalLayout implements HasDynamicTitle {

    ProgressView(StudyService study) {
        setId("student-progress");
        List<LessonProgress> lessons = study.myLessons();
        if (lessons.isEmpty()) {
            add(new Paragraph(getTranslation("student.home.no-lessons")));
        }
        lessons.forEach(lesson -> add(lesson(lesson)));
    }

    private Component lesson(LessonProgress progress) {
        Div panel = new Div();
        panel.setId("progress-" + progress.lesson().id());
        panel.addClassNames("lesson-progress", LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER, LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM);
        panel.setWidthFull();
        H3 title = new H3(new Anchor(StudentRoutes.lesson(progress.lesson().id()), progress.lesson().title()));
        title.addClassName(LumoUtility.Margin.Top.NONE);
        DeckProgress cards = progress.cards();
        UnorderedList numbers = new UnorderedList(
                new ListItem(getTranslation("student.progress.best", StudentFormats.percent(this, progress.bestScore()))),
                new ListItem(getTranslation("student.progress.attempts", progress.attempts())),
                new ListItem(getTranslation("student.progress.cards", cards.learned(), cards.studied(), cards.cards())),
                new ListItem(getTranslation("student.progress.retention", StudentFormats.percent(this, cards.retention()))));
        numbers.addClassName("progress-numbers");
        panel.add(title, numbers);
        List<AttemptSummary> submitted = progress.submittedAttempts();
        if (submitted.isEmpty()) {
            panel.add(new Paragraph(getTranslation("student.progress.no-attempts")));
        } else {
            panel.add(new Paragraph(getTranslation("student.progress.chart.title")), new ScoreChart(submitted));
        }
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("student.progress.title");
    }
}
