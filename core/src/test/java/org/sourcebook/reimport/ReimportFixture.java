package org.sourcebook.reimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.item.Numeric;
import org.sourcebook.content.item.NumericTolerance;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.RevisedText;
import org.sourcebook.content.source.TextRange;
import org.sourcebook.item.ItemService;
import org.sourcebook.source.DocumentService;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.ReimportMode;
import org.sourcebook.source.ReimportReport;
import org.sourcebook.source.StoredFile;
import org.sourcebook.testsupport.SignedIn;
import org.sourcebook.testsupport.TestTeachers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A teacher's document with a text that a re-import changes ({@link #V1}, {@link #V2}), and the
 * items and calls the re-import tests share.
 */
@SpringBootTest
abstract class ReimportFixture {

    static final StoredFile FILE = new StoredFile("town.txt", "TXT", 400);
    static final List<String> SENTENCES = RevisedText.SENTENCES;
    static final String V1 = RevisedText.V1;
    static final String V2 = RevisedText.V2;

    @Autowired
    DocumentService documents;

    @Autowired
    ItemService items;

    @Autowired
    ItemReviewService reviews;

    @Autowired
    TestTeachers people;

    SignedIn teacher;
    DocumentSummary document;
    DocumentVersion first;

    @BeforeEach
    void importTheFirstVersion() {
        teacher = people.newTeacher();
        document = teacher.get(() -> documents.importText(V1, DocumentMetadata.titled("Khojaly"), FILE));
        first = teacher.get(() -> documents.findVersionElseThrow(document.id(), 1));
    }

    ReimportReport reimport(String text) {
        return teacher.get(() -> documents.reimportText(document.id(), text, DocumentMetadata.titled("Khojaly"), FILE,
                ReimportMode.CHECKED));
    }

    Item add(Item item) {
        return teacher.get(() -> items.add(List.of(item))).get(0).item();
    }

    ItemStatus status(Item item) {
        return teacher.get(() -> items.findElseThrow(item.id())).item().status();
    }

    /** An accepted numeric question citing {@code sentence}, whose feedback repeats the number. */
    Numeric numeric(int value, String sentence) {
        return new Numeric(info("According to the source, how many people were wounded?", sentence)
                .withFeedback("The source says " + value + " were wounded."), BigDecimal.valueOf(value),
                NumericTolerance.exact(), "people");
    }

    FactCard card(String sentence) {
        return new FactCard(info("What does the source say?", sentence), "Something");
    }

    ItemInfo info(String prompt, String sentence) {
        int start = first.text().indexOf(sentence);
        return ItemInfo.drafted(prompt, List.of(first.cite(new TextRange(start, start + sentence.length()))), 0.7)
                .withStatus(ItemStatus.ACCEPTED);
    }
}
