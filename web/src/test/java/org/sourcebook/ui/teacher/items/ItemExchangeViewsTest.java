package org.sourcebook.ui.teacher.items;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.EnglishSegmenter;
import org.sourcebook.drafting.Draft;
import org.sourcebook.drafting.DraftOptions;
import org.sourcebook.drafting.DraftingEngine;
import org.sourcebook.exchange.BundleCodec;
import org.sourcebook.exchange.BundleContent;
import org.sourcebook.exchange.items.ItemFormat;
import org.sourcebook.exchange.items.ItemIssue;
import org.sourcebook.ui.base.AccessDeniedView;

/** The question bank's export dialog and import page, as a teacher uses them. */
class ItemExchangeViewsTest extends ItemViewTest {

    private final BundleCodec codec = new BundleCodec();

    @Test
    void theBankExportsExactlyTheItemsTheFiltersShow() {
        teacherWithDrafts();
        int numeric = stored(ItemKind.NUMERIC, ItemStatus.DRAFT).size();
        open(ItemRoutes.BANK);
        @SuppressWarnings("unchecked")
        ComboBox<ItemKind> kind = _get(ComboBox.class, spec -> spec.withId("bank-kind"));
        kind.setValue(ItemKind.NUMERIC);

        _click(_get(Button.class, spec -> spec.withId("bank-export")));
        assertThat(_get(ExportDialog.class).getElement().getTextRecursively())
                .contains("The " + numeric + " items the current filters show will be exported, in the order of the list.");
        format().setValue(ItemFormat.JSON);
        _click(_get(Button.class, spec -> spec.withId("export-prepare")));

        assertThat(_get(Anchor.class, spec -> spec.withId("export-download")).getText())
                .isEqualTo("Download question-bank.sourcebook.json (" + numeric + " items)");
    }

    @Test
    void aBundleIsPreviewedQuestionByQuestionThenImportedWithItsDocumentAndLesson() {
        login(createAccount("teacher", Role.TEACHER));
        BundleContent drafted = draftedBundle();
        ImportItemsView view = openImport();

        format().setValue(ItemFormat.JSON);
        view.preview(codec.write(drafted).getBytes(UTF_8));

        int count = drafted.items().size();
        assertThat(summary()).isEqualTo(count + " questions are ready to import:");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("import-preview")))).isEqualTo(count);
        _click(_get(Button.class, spec -> spec.withId("import-items-button")));

        assertThat(summary()).isEqualTo("Imported " + count + " items, 1 document and 1 lesson into your question bank.");
        assertThat(items.myItems()).hasSize(count);
        assertThat(_find(Button.class, spec -> spec.withId("import-items-button"))).as("no import button").isEmpty();
    }

    @Test
    void aFileWithProblemsListsThemAndOffersNoImport() {
        login(createAccount("teacher", Role.TEACHER));
        ImportItemsView view = openImport();
        format().setValue(ItemFormat.JSON);

        view.preview("{\"format\": ".getBytes(UTF_8));

        assertThat(summary()).isEqualTo("There is one problem in the file. Nothing will be imported until the file is fixed:");
        @SuppressWarnings("unchecked")
        Grid<ItemIssue> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(GridKt._getFormatted(problems, 0, "problem")).startsWith("The file could not be read: The file is not valid JSON");
        assertThat(_find(Button.class, spec -> spec.withId("import-items-button"))).as("no import button").isEmpty();
        assertThat(items.myItems()).isEmpty();
    }

    @Test
    void theFileNameChoosesTheFormat() {
        assertThat(ImportItemsView.formatOfFileName("bank.XML")).contains(ItemFormat.MOODLE_XML);
        assertThat(ImportItemsView.formatOfFileName("quiz.gift")).contains(ItemFormat.GIFT);
        assertThat(ImportItemsView.formatOfFileName("quiz.txt")).contains(ItemFormat.GIFT);
        assertThat(ImportItemsView.formatOfFileName("lesson.sourcebook.json")).contains(ItemFormat.JSON);
        assertThat(ImportItemsView.formatOfFileName("notes.docx")).isEmpty();
    }

    @Test
    void studentsCannotOpenTheImportPage() {
        login(createAccount("student", Role.STUDENT));

        open(ImportItemsView.ROUTE);

        assertThat(_find(ImportItemsView.class)).isEmpty();
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
    }

    private ImportItemsView openImport() {
        open(ImportItemsView.ROUTE);
        return _get(ImportItemsView.class);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<ItemFormat> format() {
        return _get(RadioButtonGroup.class);
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    /** The demo text drafted by the engine, as the {@code draft} command would bundle it. */
    private static BundleContent draftedBundle() {
        DocumentVersion source = DocumentVersion.of(DocumentId.random(), 1, demoText(), DocumentMetadata.titled("Khojaly"),
                new EnglishSegmenter());
        Draft draft = DraftingEngine.english().draft(source, DraftOptions.DEFAULTS);
        return new BundleContent(List.of(List.of(draft.source())), draft.items(), List.of(draft.lesson()));
    }
}
