package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.function.Consumer;
import org.sourcebook.content.item.Item;
import org.sourcebook.content.item.ItemStatus;
import org.sourcebook.item.ItemService;
import org.sourcebook.item.StoredItem;
import org.sourcebook.persistence.ConcurrentEditException;

/**
 * Edits a draft where it is reviewed, beside its cited passage: "Save" keeps it a draft, "Save and
 * accept" accepts it too. Closing leads back to the same place in the review.
 */
class DraftEditDialog extends Dialog {

    private final ItemService items;
    private final StoredItem draft;
    private final ItemForm form;
    private final Consumer<StoredItem> saved;

    DraftEditDialog(ItemService items, CitedVersions versions, StoredItem draft, Consumer<StoredItem> saved) {
        this.items = items;
        this.draft = draft;
        this.saved = saved;
        this.form = new ItemForm(draft.item());
        setId("draft-edit-dialog");
        setHeaderTitle(getTranslation("drafts.edit.title"));
        setWidth("min(60rem, 96vw)");
        add(form);
        draft.item().citations().forEach(span -> add(new CitationView(span, versions.of(span))));
        Button cancel = new Button(getTranslation("lessons.cancel"), click -> close());
        Button save = new Button(getTranslation("items.editor.save"), click -> save(false));
        save.setId("draft-edit-save");
        Button accept = new Button(getTranslation("drafts.edit.save-accept"), click -> save(true));
        accept.setId("draft-edit-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save, accept);
    }

    ItemForm form() {
        return form;
    }

    private void save(boolean accept) {
        if (!form.isReadable()) {
            Notification.show(getTranslation("items.editor.fix-fields")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        Item edited = form.value();
        if (accept && !edited.isValid()) {
            Notification.show(getTranslation("drafts.edit.incomplete")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        try {
            StoredItem stored = items.update(accept ? edited.withStatus(ItemStatus.ACCEPTED) : edited, draft.version());
            close();
            saved.accept(stored);
        } catch (ConcurrentEditException conflict) {
            Notification.show(getTranslation("drafts.changed-elsewhere")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            close();
            saved.accept(draft);
        }
    }
}
