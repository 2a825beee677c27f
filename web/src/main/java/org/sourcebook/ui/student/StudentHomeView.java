package org.sourcebook.ui.student;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sourcebook.cardreview.CardReviewService;
import org.sourcebook.cardreview.DeckProgress;
import org.sourcebook.content.account.Role;
import org.sourcebook.study.LessonProgress;
import org.sourcebook.study.StudyService;
import org.sourcebook.ui.base.HomeRoutes;
import org.sourcebook.ui.lesson.MarkdownText;

/**
 * Where a student lands after signing in: how many fact cards are due today, with the way to the
 * review, and the lessons open to them with due dates and progress.
 */
@Route(HomeRoutes.STUDENT)
@Menu(order = 20, icon = "vaadin:book", title = "nav.student.home")
@RolesAllowed(Role.Name.STUDENT)
public class StudentHomeView extends VerticalLayout implements HasDynamicTitle {

    StudentHomeView(StudyService study, CardReviewService cards) {
        setId("student-home");
        add(reviewPanel(cards.dueToday()), new H2(getTranslation("student.home.lessons")), lessons(study.myLessons()));
    }

    private Component reviewPanel(int due) {
        Div panel = new Div();
        panel.setId("cards-due");
        panel.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        panel.setWidthFull();
        Paragraph count = new Paragraph(getTranslation("student.home.cards-due", due));
        count.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        Button review = new Button(getTranslation("student.home.review"),
                click -> getUI().ifPresent(ui -> ui.navigate(StudentRoutes.CARD_REVIEW)));
        review.setId("start-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.setEnabled(due > 0);
        panel.add(count, review);
        if (due == 0) {
            panel.add(new Paragraph(getTranslation("student.home.nothing-due")));
        }
        return panel;
    }

    private Component lessons(List<LessonProgress> lessons) {
        Div list = new Div();
        list.setId("my-lessons");
        list.setWidthFull();
        if (lessons.isEmpty()) {
            list.add(new Paragraph(getTranslation("student.home.no-lessons")));
        }
        lessons.forEach(lesson -> list.add(lessonCard(lesson)));
        return list;
    }

    private Component lessonCard(LessonProgress progress) {
        var summary = progress.lesson();
        Div card = new Div();
        card.addClassNames("student-lesson", LumoUtility.Padding.MEDIUM, LumoUtility.BoxSizing.BORDER, LumoUtility.Margin.Bottom.MEDIUM,
                LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM);
        card.setId("lesson-" + summary.id());
        H3 title = new H3(new Anchor(StudentRoutes.lesson(summary.id()), summary.title()));
        title.addClassNames(LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.XSMALL);
        card.add(title);
        if (progress.isComplete()) {
            Span complete = new Span(getTranslation("student.lesson.complete"));
            complete.getElement().getThemeList().add("badge success");
            card.add(complete);
        }
        if (!summary.teacherName().isBlank()) {
            card.add(new Paragraph(getTranslation("student.lesson.teacher", summary.teacherName())));
        }
        if (!summary.summary().isBlank()) {
            card.add(new MarkdownText(summary.summary()));
        }
        if (progress.due() != null) {
            card.add(new Paragraph(getTranslation("student.lesson.due", StudentFormats.dateTime(this, progress.due()))));
        }
        card.add(new Paragraph(progressLine(progress)));
        return card;
    }

    private String progressLine(LessonProgress progress) {
        DeckProgress cards = progress.cards();
        return getTranslation("student.lesson.progress", StudentFormats.percent(this, progress.bestScore()),
                progress.attempts(), cards.studied(), cards.learned(), cards.cards());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.student.title");
    }
}
