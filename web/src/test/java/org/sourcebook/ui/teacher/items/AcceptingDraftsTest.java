package org.sourcebook.ui.teacher.items;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcebook.content.account.Role;
import org.sourcebook.content.item.FactCard;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemInfo;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.content.source.DocumentMetadata;
import org.sourcebook.content.source.DocumentVersion;
import org.sourcebook.content.source.Span;
import org.sourcebook.source.StoredFile;

/** A draft can be accepted wherever a teacher meets it, not only on its document's drafts page. */
class AcceptingDraftsTest extends ItemViewTest {

    private Item draft;

    @BeforeEach
    void aTeacherWithOneDraft() {
        login(createAccount("accepting", Role.TEACHER));
        String text = "On 26 February 1992 the town of Khojaly was attacked.";
        var document = documents.importText(text, DocumentMetadata.titled("Statement"),
                new StoredFile("statement.txt", "TXT", text.length()));
        DocumentVersion version = documents.findVersionElseThrow(document.id(), 1);
        var range = version.sentences().get(0);
        draft = new FactCard(ItemInfo.drafted("According to the statement, which town was attacked?",
                List.of(new Span(document.id(), 1, range.start(), range.end(), version.quote(range))), 0.8), "Khojaly");
        items.add(List.of(draft));
    }

    @Test
    void inTheQuestionBank() {
        open(ItemRoutes.BANK);
        @SuppressWarnings("unchecked")
        ComboBox<ItemStatus> status = _get(ComboBox.class, spec -> spec.withId("bank-status"));
        status.setValue(ItemStatus.DRAFT);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = _get(Grid.class, spec -> spec.withId("bank-grid"));
        Component actions = _getCellComponent(grid, 0, "actions");
        assertThat(_get(actions, Anchor.class).getHref()).isEqualTo(ItemRoutes.editor(draft.id()));

        _click(_get(actions, Button.class, spec -> spec.withClasses("bank-accept")));

        assertThat(items.findElseThrow(draft.id()).item().status()).isEqualTo(ItemStatus.ACCEPTED);
    }

    @Test
    void onTheItemsOwnPage() {
        open(ItemRoutes.editor(draft.id()));

        _click(_get(Button.class, spec -> spec.withId("item-save-accept")));

        assertThat(items.findElseThrow(draft.id()).item().status()).isEqualTo(ItemStatus.ACCEPTED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("item-status")).getText()).contains("Accepted");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class, spec -> spec.withId("item-save-accept")))
                .as("an accepted item has nothing left to accept").isEmpty();
    }
}
