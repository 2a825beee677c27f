package org.sourcebook.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.item.ItemId;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizLayout;

class LessonJsonTest {

    private final LessonJson json = new LessonJson();

    @Test
    void aQuizStoredBeforeLayoutsExistedReadsAsOneQuestionPerPage() {
        var lesson = LessonSamples.everyBlockKind(SampleItems.cite("On February 26, 1992"), List.of(ItemId.random()),
                List.of(ItemId.random()));
        ObjectNode body = json.write(lesson);
        body.withArray("blocks").forEach(block -> {
            if (block.has("settings")) {
                ((ObjectNode) block.get("settings")).remove("layout");
            }
        });

        Quiz quiz = json.read(body).blocks().stream().filter(Quiz.class::isInstance).map(Quiz.class::cast).findFirst().orElseThrow();

        assertThat(body.toString()).doesNotContain("layout");
        assertThat(quiz.settings().layout()).isEqualTo(QuizLayout.ONE_PER_PAGE);
    }
}
