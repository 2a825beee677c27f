package org.sourcebook.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.SampleItems;
import org.sourcebook.content.lesson.BlockId;
import org.sourcebook.content.lesson.DiscussionPrompt;
import org.sourcebook.content.lesson.Lesson;
import org.sourcebook.content.lesson.LessonId;
import org.sourcebook.content.lesson.ReadingExcerpt;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.content.source.Span;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.source.DocumentService;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Export and import of whole collections, as they must work on every supported database. */
@SpringBootTest
abstract class BundleServiceContract {

    @Autowired
    BundleService bundles;

    @Autowired
    DocumentService documents;

    @Autowired
    TestTeachers teachers;

    @Autowired
    BundleCodec codec;

    private SignedIn teacher;

    @BeforeEach
    void signInAFreshTeacher() {
        teacher = teachers.newTeacher();
    }

    @Test
    void importingABundleThenExportingGivesBackTheSameBytes() {
        String bundle = codec.write(sampleContent().toBundle());

        BundleImportReport report = teacher.get(() -> bundles.importBundle(bundle));

        assertThat(report).isEqualTo(new BundleImportReport(1, 9, 1));
        assertThat(teacher.get(bundles::exportMine)).isEqualTo(bundle);
    }

    @Test
    void anExportHoldsEveryVersionOfMyDocumentsAndNothingOfAColleagues() {
        SignedIn colleague = teachers.newTeacher();
        colleague.run(() -> bundles.importBundle(codec.write(sampleContent().toBundle())));
        BundleContent mine = sampleContent();
        teacher.run(() -> bundles.importBundle(codec.write(mine.toBundle())));

        Bundle exported = codec.read(teacher.get(bundles::exportMine));

        assertThat(exported.documents()).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(mine.documents().get(0).get(0).documentId().toString());
            assertThat(document.versions()).hasSize(2);
        });
        assertThat(exported.items()).hasSize(9);
        assertThat(exported.lessons()).hasSize(1);
    }

    @Test
    void importingTheSameBundleAgainIsRefusedAndStoresNothingMore() {
        String bundle = codec.write(sampleContent().toBundle());
        teacher.run(() -> bundles.importBundle(bundle));

        assertThatThrownBy(() -> teacher.run(() -> bundles.importBundle(bundle)))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageEndingWith("is already on this server");
        assertThat(teacher.get(documents::myDocuments)).hasSize(1);
    }

    @Test
    void aFailureHalfwayStoresNothing() {
        BundleContent first = sampleContent();
        teachers.newTeacher().run(() -> bundles.importBundle(codec.write(first.toBundle())));
        BundleContent fresh = sampleContent();
        Span freshCitation = fresh.items().get(0).citations().get(0);
        List<Item> sameIdsAsFirst = first.items().stream().map(item -> item.withCitations(List.of(freshCitation))).toList();
        BundleContent clashingItems = new BundleContent(fresh.documents(), sameIdsAsFirst, List.of());

        assertThatThrownBy(() -> teacher.run(() -> bundles.importBundle(codec.write(clashingItems.toBundle()))))
                .hasMessageEndingWith("is already on this server");
        assertThat(teacher.get(documents::myDocuments)).as("the documents stored before the clash").isEmpty();
    }

    @Test
    void aCitationWhoseQuoteIsNotInItsBundledVersionIsRefused() {
        String bundle = codec.write(sampleContent().toBundle());
        String tampered = bundle.replaceFirst("\"quote\" : \"town\"", "\"quote\" : \"city\"");

        assertThatThrownBy(() -> teacher.run(() -> bundles.importBundle(tampered)))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("cites \"city\"")
                .hasMessageEndingWith("but the bundle does not hold that text there");
        assertThat(teacher.get(documents::myDocuments)).isEmpty();
    }

    /** A document in two versions, one item of every kind citing version 2, and a lesson. */
    static BundleContent sampleContent() {
        DocumentId id = DocumentId.random();
        var segmenter = new EnglishSegmenter();
        var metadata = new DocumentMetadata("Town history", "Archive", null, "2021", null, "CC BY 4.0", null);
        DocumentVersion first = DocumentVersion.of(id, 1, "The town was founded in 1613.", metadata, segmenter);
        DocumentVersion second = DocumentVersion.of(id, 2, "The town was founded in 1613.\n\nIt grew.", metadata, segmenter);
        Span town = second.cite(new TextRange(4, 8));
        List<Item> items = SampleItems.everyKind().stream().map(item -> item.withCitations(List.of(town))).toList();
        Lesson lesson = new Lesson(LessonId.random(), "Town", "", List.of("Read the source"), List.of(
                new ReadingExcerpt(BlockId.random(), List.of(town)),
                new DiscussionPrompt(BlockId.random(), "Who wrote this, and why?")));
        return new BundleContent(List.of(List.of(first, second)), items, List.of(lesson));
    }
}
