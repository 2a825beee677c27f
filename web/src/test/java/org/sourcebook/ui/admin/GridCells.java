package org.sourcebook.ui.admin;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;

import com.vaadin.flow.component.grid.Grid;

/** A grid cell's text as the user sees it, by row index and column key. */
final class GridCells {

    private GridCells() {}

    static String cell(Grid<?> grid, int row, String key) {
        return _getFormattedRow(grid, row).get(grid.getColumns().indexOf(grid.getColumnByKey(key)));
    }
}
