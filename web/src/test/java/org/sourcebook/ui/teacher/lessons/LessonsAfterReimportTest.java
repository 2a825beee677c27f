package org.sourcebook.ui.teacher.lessons;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.lesson.FlaggedQuestions;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.ui.KaribuTest;
import org.sourcebook.ui.ReimportedLesson;
import org.sourcebook.ui.teacher.items.ItemRoutes;
import org.springframework.beans.factory.annotation.Autowired;

/** The lesson pages once a re-import has flagged items a published lesson uses. */
class LessonsAfterReimportTest extends KaribuTest {

    @Autowired
    LessonService lessons;

    @Test
    void theEditorListsTheFlaggedItemsInsteadOfSayingThereAreNoProblems() {
        ReimportedLesson lesson = reimportedLesson();

        open(LessonEditorView.path(lesson.lesson()));

        Div problems = _get(Div.class, spec -> spec.withId("lesson-problems"));
        assertThat(problems.getElement().getTextRecursively()).doesNotContain("No problems found")
                .contains("Items of this lesson that wait for your review because their document was re-imported and "
                        + "the passage they cite changed or vanished: 3.");
        assertThat(_find(_get(Div.class, spec -> spec.withId("lesson-items-in-review")), Anchor.class))
                .extracting(Anchor::getHref)
                .containsExactlyInAnyOrder(ItemRoutes.editor(lesson.wounded().id()), ItemRoutes.editor(lesson.captive().id()),
                        ItemRoutes.editor(lesson.inhabitants().id()));

        lesson.reject(lesson.inhabitants());
        open(LessonEditorView.path(lesson.lesson()));
        assertThat(_find(_get(Div.class, spec -> spec.withId("lesson-items-in-review")), Anchor.class)).hasSize(2);
    }

    @Test
    void aQuizIsSetToHoldWhileItsQuestionsWaitForReview() {
        ReimportedLesson lesson = reimportedLesson();
        open(LessonEditorView.path(lesson.lesson()));
        QuizSettingsForm form = _get(QuizSettingsForm.class);
        assertThat(form.flagged().getValue()).isEqualTo(FlaggedQuestions.KEEP_SERVING);
        assertThat(form.flagged().getItemLabelGenerator().apply(FlaggedQuestions.HOLD_QUIZ))
                .isEqualTo("Hold the quiz until I have reviewed them");

        form.flagged().setValue(FlaggedQuestions.HOLD_QUIZ);
        _click(_get(Button.class, spec -> spec.withId("save-lesson")));

        StoredLesson saved = lessons.findElseThrow(lesson.lesson());
        Quiz quiz = (Quiz) saved.lesson().blocks().get(1);
        assertThat(quiz.settings().whenFlagged()).isEqualTo(FlaggedQuestions.HOLD_QUIZ);
        assertThat(saved.status().name()).isEqualTo("PUBLISHED");
    }

    @Test
    void theLessonListSaysHowManyItemsOfEachLessonWaitForReview() {
        ReimportedLesson lesson = reimportedLesson();
        lessons.add(Lesson.titled("Untouched"));

        open("teacher/lessons");

        assertThat(reviewCell(ReimportedLesson.TITLE)).isEqualTo("Items to review: 3");
        assertThat(reviewCell("Untouched")).isEmpty();
        lesson.reject(lesson.inhabitants());
        open("teacher/lessons");
        assertThat(reviewCell(ReimportedLesson.TITLE)).isEqualTo("Items to review: 2");
    }

    /** The text of the re-import column in the row of the lesson titled {@code title}. */
    private static String reviewCell(String title) {
        Grid<?> grid = _get(Grid.class);
        int review = grid.getColumns().indexOf(grid.getColumnByKey("review"));
        return IntStream.range(0, _size(grid)).mapToObj(row -> _getFormattedRow(grid, row))
                .filter(row -> row.get(0).equals(title)).findFirst().orElseThrow().get(review);
    }

    /** A new teacher, signed in, whose published lesson's document was re-imported, flagging all three items. */
    private ReimportedLesson reimportedLesson() {
        ReimportedLesson lesson = ReimportedLesson.ofSignedInTeacher(this);
        lesson.reimport(ReimportedLesson.V2);
        return lesson;
    }
}
