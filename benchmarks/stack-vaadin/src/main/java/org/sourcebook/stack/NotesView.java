package org.sourcebook.stack;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** One page reading the database, for signed-in users. */
@Route("")
@PermitAll
public class NotesView extends VerticalLayout {

    public NotesView(NoteRepository notes) {
        Grid<Note> grid = new Grid<>();
        grid.addColumn(Note::text).setHeader("Note");
        grid.setItems(notes.findAllByText());
        add(grid);
    }
}
