package org.sourcebook.ui.teacher.documents;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import org.jspecify.annotations.Nullable;
import org.sourcebook.content.source.DocumentMetadata;

/**
 * Edits what is known about a document (title, author, ...). Service-free: a valid form is handed
 * to {@code onSave} as {@link DocumentMetadata} for the caller to store; then the dialog closes.
 */
class MetadataDialog extends Dialog {

    /** The mutable bean the binder writes; mapped to the record on save. */
    static final class Form {
        String title = "";
        String author = "";
        String publisher = "";
        String date = "";
        String address = "";
        String licence = "";
        String notes = "";

        static Form of(DocumentMetadata metadata) {
            Form form = new Form();
            form.title = metadata.title();
            form.author = orEmpty(metadata.author());
            form.publisher = orEmpty(metadata.publisher());
            form.date = orEmpty(metadata.date());
            form.address = orEmpty(metadata.address());
            form.licence = orEmpty(metadata.licence());
            form.notes = orEmpty(metadata.notes());
            return form;
        }

        DocumentMetadata toMetadata() {
            return new DocumentMetadata(title, author, publisher, date, address, licence, notes);
        }

        private static String orEmpty(@Nullable String value) {
            return value == null ? "" : value;
        }
    }

    final TextField title = new TextField();
    final TextField author = new TextField();
    final TextField publisher = new TextField();
    final TextField date = new TextField();
    final TextField address = new TextField();
    final TextField licence = new TextField();
    final TextArea notes = new TextArea();
    private final Binder<Form> binder = new Binder<>();
    private final Form form;

    MetadataDialog(DocumentMetadata current, SerializableConsumer<DocumentMetadata> onSave) {
        this.form = Form.of(current);
        setHeaderTitle(getTranslation("documents.metadata.heading"));
        setId("metadata-dialog");
        bind();
        FormLayout layout = new FormLayout(title, author, publisher, date, address, licence, notes);
        layout.setColspan(notes, 2);
        add(layout);
        Button save = new Button(getTranslation("documents.metadata.save"), click -> {
            if (binder.writeBeanIfValid(form)) {
                onSave.accept(form.toMetadata());
                close();
            }
        });
        save.setId("metadata-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("documents.metadata.cancel"), click -> close()), save);
    }

    private void bind() {
        int max = DocumentMetadata.MAX_TITLE_LENGTH;
        title.setLabel(getTranslation("documents.metadata.title"));
        title.setMaxLength(max);
        title.setRequiredIndicatorVisible(true);
        binder.forField(title)
                .asRequired(getTranslation("documents.metadata.title.required"))
                .withValidator(value -> !value.isBlank(), getTranslation("documents.metadata.title.required"))
                .withValidator(value -> value.strip().length() <= max, getTranslation("documents.metadata.title.too-long", max))
                .bind(f -> f.title, (f, value) -> f.title = value);
        bindOptional(author, "author", f -> f.author, (f, value) -> f.author = value);
        bindOptional(publisher, "publisher", f -> f.publisher, (f, value) -> f.publisher = value);
        bindOptional(date, "date", f -> f.date, (f, value) -> f.date = value);
        bindOptional(address, "address", f -> f.address, (f, value) -> f.address = value);
        bindOptional(licence, "licence", f -> f.licence, (f, value) -> f.licence = value);
        bindOptional(notes, "notes", f -> f.notes, (f, value) -> f.notes = value);
        binder.readBean(form);
    }

    private <F extends HasValue<?, String> & HasLabel> void bindOptional(
            F field, String key, ValueProvider<Form, String> getter, Setter<Form, String> setter) {
        field.setLabel(getTranslation("documents.metadata." + key));
        binder.forField(field).bind(getter, setter);
    }
}
