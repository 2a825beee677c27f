package org.sourcebook.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemOrigin;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.lesson.LessonService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.NoSuchDocumentException;
import org.sourcebook.source.StoredFile;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafting through the service: drafts land in the teacher's question bank for review, with a
 * lesson draft; nothing of another teacher's is reachable. The service adds no SQL of its own, so
 * H2 suffices; items and lessons are checked on PostgreSQL by their own contracts.
 */
@SpringBootTest
class DraftingServiceH2Test {

    @Autowired
    DraftingService drafting;

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    @Autowired
    LessonService lessons;

    @Autowired
    TestTeachers teachers;

    private SignedIn teacher;
    private DocumentId demo;

    @BeforeEach
    void importTheDemoDocument() {
        teacher = teachers.newTeacher();
        GoldSet gold = GoldSet.load("khojaly");
        demo = teacher.get(() -> documents.importText(gold.text(),
                DocumentMetadata.titled(gold.metadata().getProperty("title")), new StoredFile("khojaly.txt", "TXT", 2_600))).id();
    }

    @Test
    void draftsAreStoredForReviewWithALessonDraft() {
        DraftReport report = teacher.get(() -> drafting.draftFrom(demo, 1, DraftOptions.DEFAULTS));

        assertThat(report.added()).isEqualTo(report.drafted()).isGreaterThanOrEqualTo(Selection.FEW);
        assertThat(report.addedByKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.added());
        assertThat(teacher.get(() -> items.citing(demo))).hasSize(report.added()).extracting(StoredItem::item)
                .allMatch(item -> item.info().status() == ItemStatus.DRAFT && item.info().origin() == ItemOrigin.DRAFTED);
        assertThat(teacher.get(() -> lessons.findElseThrow(report.lesson())).lesson().title())
                .isEqualTo("Reading a source: 29th anniversary of the Khojaly massacre");
    }

    @Test
    void draftingTheSameVersionAgainAddsNothingAndKeepsEdits() {
        DraftReport first = teacher.get(() -> drafting.draftFrom(demo, 1, DraftOptions.DEFAULTS));
        StoredItem edited = teacher.get(() -> items.citing(demo)).get(0);
        teacher.run(() -> items.update(edited.item().withInfo(edited.item().info().withPrompt("Edited by the teacher")),
                edited.version()));

        DraftReport second = teacher.get(() -> drafting.draftFrom(demo, 1, DraftOptions.DEFAULTS));

        assertThat(second.added()).isZero();
        assertThat(second.lessonAdded()).isFalse();
        assertThat(second.lesson()).isEqualTo(first.lesson());
        assertThat(teacher.get(() -> items.findElseThrow(edited.item().id())).item().prompt()).isEqualTo("Edited by the teacher");
    }

    @Test
    void anotherTeachersDocumentCannotBeDraftedFrom() {
        SignedIn other = teachers.newTeacher();

        assertThatThrownBy(() -> other.run(() -> drafting.draftFrom(demo, 1, DraftOptions.DEFAULTS)))
                .isInstanceOf(NoSuchDocumentException.class);
        assertThat(teacher.get(() -> items.citing(demo))).isEmpty();
    }

    @Test
    void aStudentCannotDraft() {
        assertThatThrownBy(() -> SignedIn.as("student", Role.STUDENT).run(() -> drafting.draftFrom(demo, 1, DraftOptions.DEFAULTS)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
