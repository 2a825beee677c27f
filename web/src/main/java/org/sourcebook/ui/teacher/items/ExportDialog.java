package org.sourcebook.ui.teacher.items;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import org.sourcebook.exchange.items.ExportedFile;
import org.sourcebook.exchange.items.ItemFormat;

/**
 * Exports a set of items: the teacher picks a format, prepares the file, sees which items the
 * format cannot carry, and downloads it. Used by the question bank and the lesson editor.
 */
public class ExportDialog extends Dialog {

    private final int itemCount;
    private final Function<ItemFormat, ExportedFile> export;
    private final RadioButtonGroup<ItemFormat> format = new RadioButtonGroup<>();
    private final VerticalLayout result = new VerticalLayout();

    /**
     * @param scope what is exported, for the teacher to read ("The 12 items the filters show")
     * @param itemCount how many items that is
     * @param export makes the file in the chosen format
     */
    public ExportDialog(String scope, int itemCount, Function<ItemFormat, ExportedFile> export) {
        this.itemCount = itemCount;
        this.export = export;
        setId("export-dialog");
        setHeaderTitle(getTranslation("exchange.export.title"));
        setWidth("min(40rem, 100vw)");
        configureFormats();
        result.setPadding(false);
        result.setId("export-result");
        add(new Paragraph(scope), format, result);
        Button prepare = new Button(getTranslation("exchange.export.prepare"), click -> prepare());
        prepare.setId("export-prepare");
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.setEnabled(itemCount > 0);
        getFooter().add(new Button(getTranslation("exchange.close"), click -> close()), prepare);
    }

    private void configureFormats() {
        format.setLabel(getTranslation("exchange.format"));
        format.setItems(ItemFormat.values());
        format.setRenderer(new ComponentRenderer<>(choice -> {
            Span hint = new Span(getTranslation("exchange.format." + choice.name() + ".help"));
            hint.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, LumoUtility.Display.BLOCK);
            return new Div(new Span(getTranslation("exchange.format." + choice.name())), hint);
        }));
        format.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        format.setValue(ItemFormat.GIFT);
        format.setId("export-format");
        format.addValueChangeListener(event -> result.removeAll());
    }

    void prepare() {
        ExportedFile file = export.apply(format.getValue());
        int written = itemCount - file.skipped().size();
        result.removeAll();
        if (written == 0) {
            result.add(new Paragraph(getTranslation("exchange.export.nothing")));
        } else {
            byte[] bytes = file.content();
            Anchor download = new Anchor(DownloadHandler.fromInputStream(request -> new DownloadResponse(
                    new ByteArrayInputStream(bytes), file.fileName(), file.format().mediaType(), bytes.length)),
                    getTranslation("exchange.export.download", written, file.fileName()));
            download.setId("export-download");
            download.getElement().setAttribute("download", true);
            result.add(download);
        }
        if (!file.skipped().isEmpty()) {
            UnorderedList skipped = new UnorderedList();
            skipped.setId("export-skipped");
            file.skipped().forEach(issue -> skipped.add(new ListItem(IssueTexts.describe(issue))));
            result.add(new Paragraph(getTranslation("exchange.export.skipped", file.skipped().size())), skipped);
        }
    }
}
