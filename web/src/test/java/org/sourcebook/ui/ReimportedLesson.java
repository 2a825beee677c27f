package org.sourcebook.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.sourcebook.account.StudentDirectory;
import org.sourcebook.classes.ClassId;
import org.sourcebook.classes.ClassService;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.FactCardDeck;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.Quiz;
import org.sourcebook.content.lesson.QuizSettings;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.RevisedText;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.lesson.StoredLesson;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.ReimportMode;
import org.sourcebook.source.ReimportReport;
import org.sourcebook.source.StoredFile;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A teacher's published lesson built on a document that a re-import then changes: a quiz of two
 * numeric questions on the sentence whose number changes ({@link #wounded}: 620 becomes 780;
 * {@link #captive}: 1,275 stays), and a deck with a card on the sentence that is removed
 * ({@link #inhabitants}). Assigned to a new class with the given student in it.
 */
public record ReimportedLesson(String teacher, DocumentId document, LessonId lesson, BlockId quiz, Item wounded,
        Item captive, Item inhabitants, ApplicationContext context) {

    public static final String TITLE = "Khojaly in numbers";
    public static final List<String> SENTENCES = RevisedText.SENTENCES;
    public static final String V1 = RevisedText.V1;
    /** 620 became 780, the sentence about the inhabitants was removed. */
    public static final String V2 = RevisedText.V2;

    /**
     * As {@code teacher}: imports {@link #V1}, writes the items, publishes the lesson under
     * {@code settings} and assigns it to a new class with {@code student} in it.
     */
    public static ReimportedLesson publish(ApplicationContext context, String teacher, String student, QuizSettings settings) {
        return as(teacher, "ROLE_TEACHER", () -> {
            DocumentService documents = context.getBean(DocumentService.class);
            ItemService items = context.getBean(ItemService.class);
            DocumentSummary document = documents.importText(V1, DocumentMetadata.titled("Khojaly"),
                    new StoredFile("khojaly.txt", "TXT", V1.length()));
            DocumentVersion first = documents.findVersionElseThrow(document.id(), 1);
            Item wounded = new Numeric(info(first, "According to the source, how many people were wounded?", 1)
                    .withFeedback("The source says 620 were wounded."), new BigDecimal("620"), NumericTolerance.exact(),
                    "people");
            Item captive = new Numeric(info(first, "According to the source, how many people were taken captive?", 1),
                    new BigDecimal("1275"), NumericTolerance.exact(), null);
            Item inhabitants = new FactCard(info(first, "How many people lived in Khojaly before the war?", 2), "7,000");
            items.add(List.of(wounded, captive, inhabitants));
            Quiz quiz = new Quiz(BlockId.random(), List.of(wounded.id(), captive.id()), settings);
            Lesson lesson = Lesson.titled(TITLE).withBlocks(List.of(
                    new FactCardDeck(BlockId.random(), List.of(inhabitants.id())), quiz));
            LessonService lessons = context.getBean(LessonService.class);
            StoredLesson stored = lessons.add(lesson);
            lessons.publish(lesson.id(), stored.version());
            ClassService classes = context.getBean(ClassService.class);
            ClassId schoolClass = classes.create("Class " + UUID.randomUUID()).id();
            classes.assign(schoolClass, lesson.id(), null, null);
            long studentId = context.getBean(StudentDirectory.class).resolve(List.of(student)).get(student).student().id();
            classes.enrol(schoolClass, List.of(studentId));
            return new ReimportedLesson(teacher, document.id(), lesson.id(), quiz.id(), wounded, captive, inhabitants,
                    context);
        });
    }

    /**
     * A new teacher, signed in, who has published the lesson (default quiz settings) to a new
     * student; nothing is re-imported yet.
     */
    public static ReimportedLesson ofSignedInTeacher(KaribuTest test) {
        String teacher = test.createAccount("teacher", Role.TEACHER);
        ReimportedLesson lesson = publish(test.context, teacher, test.createAccount("pupil", Role.STUDENT),
                QuizSettings.DEFAULTS);
        test.login(teacher);
        return lesson;
    }

    /** {@link #publish}, then the re-import of {@link #V2}, which flags all three items. */
    public static ReimportedLesson reimported(ApplicationContext context, String teacher, String student,
            QuizSettings settings) {
        ReimportedLesson lesson = publish(context, teacher, student, settings);
        lesson.reimport(V2);
        return lesson;
    }

    /** As the teacher: stores {@code text} as the document's next version (checked as a teacher's upload is). */
    public ReimportReport reimport(String text) {
        return asTeacher(() -> context.getBean(DocumentService.class).reimportText(document, text,
                DocumentMetadata.titled("Khojaly"), new StoredFile("khojaly.txt", "TXT", text.length()),
                ReimportMode.CHECKED));
    }

    /** As the teacher: rejects {@code item}. */
    public void reject(Item item) {
        asTeacher(() -> {
            ItemService items = context.getBean(ItemService.class);
            return items.reject(item.id(), items.findElseThrow(item.id()).version());
        });
    }

    /** {@code item} as it is stored now. */
    public Item stored(Item item) {
        return asTeacher(() -> context.getBean(ItemService.class).findElseThrow(item.id()).item());
    }

    private <T> T asTeacher(Supplier<T> work) {
        return as(teacher, "ROLE_TEACHER", work);
    }

    private static ItemInfo info(DocumentVersion version, String prompt, int sentence) {
        String quote = SENTENCES.get(sentence);
        int start = version.text().indexOf(quote);
        return ItemInfo.drafted(prompt, List.of(version.cite(new TextRange(start, start + quote.length()))), 0.7)
                .withStatus(ItemStatus.ACCEPTED);
    }

    /** Runs {@code work} signed in as {@code username} with {@code authority}, then restores who was signed in. */
    private static <T> T as(String username, String authority, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                AuthorityUtils.createAuthorityList(authority)));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
