package org.sourcebook.ui.teacher.items;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.ItemKind;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentId;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.item.ItemQuery;
import org.sourcebook.item.ItemSort;
import org.sourcebook.item.StoredItem;
import org.sourcebook.source.DocumentSummary;
import org.sourcebook.source.StoredFile;
import org.sourcebook.ui.base.AccessDeniedView;

class QuestionBankViewTest extends ItemViewTest {

    @Test
    void theGridPagesLazilyThroughAllOfTheTeachersItems() {
        teacherWithDrafts();
        long total = items.count(ItemQuery.all());
        open(ItemRoutes.BANK);

        Grid<StoredItem> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(total).isGreaterThan(ItemQuery.DEFAULT_LIMIT);
        assertThat(_get(Span.class, spec -> spec.withId("bank-count")).getText()).isEqualTo("Items: " + total);
        List<StoredItem> expected = items.find(ItemQuery.all().withPage(0, (int) total));
        assertThat(GridKt._fetch(grid, 0, (int) total)).isEqualTo(expected);
        StoredItem last = GridKt._get(grid, (int) total - 1);
        assertThat(last).isEqualTo(expected.get(expected.size() - 1));
        assertThat(GridKt._getFormatted(grid, 0, "prompt"))
                .isEqualTo(org.sourcebook.ui.lesson.ItemWording.prompt(expected.get(0).item()));
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Draft");
    }

    @Test
    void filtersNarrowTheGrid() {
        DocumentId demo = teacherWithDrafts();
        StoredItem tagged = stored(ItemKind.NUMERIC, ItemStatus.DRAFT).get(0);
        items.update(tagged.item().withInfo(tagged.item().info().withTags(List.of("numbers"))), tagged.version());
        documents.importText("According to the source, a second text.", DocumentMetadata.titled("Second"),
                new StoredFile("second.txt", "TXT", 40));
        open(ItemRoutes.BANK);
        Grid<StoredItem> grid = grid();

        combo("bank-kind").setValue(ItemKind.NUMERIC);
        assertThat(rows(grid)).hasSize(stored(ItemKind.NUMERIC, ItemStatus.DRAFT).size())
                .allMatch(stored -> stored.item().kind() == ItemKind.NUMERIC);
        combo("bank-tag").setValue("numbers");
        assertThat(rows(grid)).extracting(stored -> stored.item().id()).containsExactly(tagged.item().id());
        combo("bank-tag").clear();
        combo("bank-kind").clear();

        _get(TextField.class, spec -> spec.withId("bank-search")).setValue("KHOJALY");
        assertThat(rows(grid)).isNotEmpty().allMatch(stored -> (stored.item().prompt() + stored.item().canonicalAnswer())
                .toLowerCase(Locale.ROOT).contains("khojaly"));
        _get(TextField.class, spec -> spec.withId("bank-search")).clear();

        combo("bank-status").setValue(ItemStatus.ACCEPTED);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("bank-count")).getText()).isEqualTo("Items: 0");
        combo("bank-status").clear();

        ComboBox<DocumentSummary> document = combo("bank-document");
        DocumentSummary second = documents.myDocuments().stream().filter(d -> d.title().equals("Second")).findFirst().orElseThrow();
        document.setValue(second);
        assertThat(GridKt._size(grid)).isZero();
        document.setValue(documents.myDocuments().stream().filter(d -> d.id().equals(demo)).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(items.count(ItemQuery.all()));

        combo("bank-sort").setValue(ItemSort.LAST_CHANGED);
        assertThat(GridKt._get(grid, 0).item().id()).isEqualTo(tagged.item().id());
    }

    @Test
    void clickingARowOpensTheEditor() {
        teacherWithDrafts();
        open(ItemRoutes.BANK);

        GridKt._clickItem(grid(), 0, 1, false, false, false, false);

        assertThat(currentView()).isInstanceOf(ItemEditorView.class);
    }

    @Test
    void anotherTeachersBankIsEmptyAndAStudentIsDenied() {
        teacherWithDrafts();

        newSession();
        login(createAccount("colleague", Role.TEACHER));
        open(ItemRoutes.BANK);
        assertThat(GridKt._size(grid())).isZero();
        assertThat(_get(Span.class, spec -> spec.withId("bank-count")).getText()).isEqualTo("Items: 0");

        newSession();
        login(createAccount("pupil", Role.STUDENT));
        open(ItemRoutes.BANK);
        assertThat(currentView()).isInstanceOf(AccessDeniedView.class);
    }

    private static List<StoredItem> rows(Grid<StoredItem> grid) {
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @SuppressWarnings("unchecked")
    private static Grid<StoredItem> grid() {
        return _get(Grid.class, spec -> spec.withId("bank-grid"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        Component found = _get(ComboBox.class, spec -> spec.withId(id));
        return (ComboBox<T>) found;
    }
}
