package org.sourcebook.ui.teacher.results;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.sourcebook.results.RegradeChange;

/**
 * The dry run of a regrade: which attempts' marks would change, from what to what. Applying it
 * is the caller's {@code apply}; with nothing to change there is only a close button.
 */
class RegradeDialog extends Dialog {

    RegradeDialog(int quiz, List<RegradeChange> changes, Runnable apply) {
        setId("regrade-dialog");
        setHeaderTitle(getTranslation("results.regrade.title", quiz));
        setWidth("min(40rem, 100vw)");
        Button cancel = new Button(getTranslation("results.close"), click -> close());
        cancel.setId("regrade-cancel");
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("results.regrade.none")));
            getFooter().add(cancel);
            return;
        }
        add(new Paragraph(getTranslation("results.regrade.intro", changes.size())));
        Grid<RegradeChange> grid = new Grid<>();
        grid.setId("regrade-changes");
        grid.addColumn(change -> change.attempt().student()).setHeader(getTranslation("results.column.student"))
                .setKey("student").setFlexGrow(2);
        grid.addColumn(change -> change.attempt().number()).setHeader(getTranslation("results.column.attempt"))
                .setKey("attempt").setAutoWidth(true);
        grid.addColumn(change -> getTranslation("results.regrade.change",
                Measures.marks(change.marksBefore(), getLocale()), Measures.marks(change.marksAfter(), getLocale()),
                change.attempt().maxMarks())).setHeader(getTranslation("results.column.marks")).setKey("marks")
                .setAutoWidth(true);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        add(grid);
        Button confirm = new Button(getTranslation("results.regrade.apply"), click -> {
            close();
            apply.run();
        });
        confirm.setId("regrade-apply");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }
}
