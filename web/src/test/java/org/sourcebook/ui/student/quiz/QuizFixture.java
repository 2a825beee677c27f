package org.sourcebook.ui.student.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.Question;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;

/**
 * A published lesson with one quiz of every question kind, in {@link SampleItems} order: single
 * choice (citing the third paragraph of the demo statement), multiple response (citing it too, its
 * feedback quoting it as drafted feedback does), true/false, short answer, numeric, cloze, matching,
 * ordering. Built as the signed-in teacher, who assigns it to a
 * new class of theirs with the given students in it.
 *
 * @param citation the passage the first question cites
 */
record QuizFixture(LessonId lesson, BlockId quiz, List<Question> questions, Span citation) {

    static QuizFixture publish(ItemService items, LessonService lessons, DocumentService documents, ClassService classes,
            StudentDirectory directory, QuizSettings settings, String... students) throws IOException {
        String text;
        try (InputStream in = QuizFixture.class.getClassLoader().getResourceAsStream("demo/khojaly-29th-anniversary.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DocumentSummary document = documents.importText(text, DocumentMetadata.titled("Quiz source"),
                new StoredFile("quiz-source.txt", "TXT", text.length()));
        DocumentVersion version = documents.findVersionElseThrow(document.id(), document.latestVersion());
        TextRange third = version.paragraphs().get(2);
        int end = Math.min(third.end(), third.start() + 40);
        Span citation = new Span(document.id(), version.version(), third.start(), end,
                version.text().substring(third.start(), end));
        List<Question> questions = new ArrayList<>();
        for (Question sample : SampleItems.everyQuestionKind()) {
            ItemInfo info = ItemInfo.written(sample.prompt()).withFeedback("Feedback on " + sample.kind());
            if (questions.isEmpty()) {
                info = info.withCitations(List.of(citation));
            } else if (questions.size() == 1) {
                info = info.withCitations(List.of(citation)).withFeedback("The statement says: “" + citation.quote() + "”");
            }
            questions.add((Question) sample.withInfo(info));
        }
        items.add(List.copyOf(questions));
        Quiz quiz = new Quiz(BlockId.random(), questions.stream().map(Question::id).toList(), settings);
        Lesson lesson = Lesson.titled("Quiz lesson " + System.nanoTime()).withBlocks(List.of(quiz));
        StoredLesson stored = lessons.add(lesson);
        lessons.publish(lesson.id(), stored.version());
        ClassId schoolClass = classes.create("Quiz class").id();
        classes.assign(schoolClass, lesson.id(), null, null);
        classes.enrol(schoolClass, directory.resolve(List.of(students)).values().stream()
                .map(resolved -> resolved.student().id()).toList());
        return new QuizFixture(lesson.id(), quiz.id(), List.copyOf(questions), citation);
    }
}
