package dev.berth.ui.common;

import javafx.scene.control.Skin;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.CellSkinBase;
import javafx.scene.control.skin.TableRowSkin;

/**
 * A table row that makes its cells only once it shows an item. A table fills the space below its last item with
 * empty rows, and the default row gives each of them a styled, laid-out cell per column although the theme draws
 * none of it (an empty row is transparent): about a quarter of the work of showing the first window. An empty row
 * here is one bare cell of the row's height until an item comes into it; then it gets the usual skin, and keeps it.
 */
final class FillerRow<T> extends TableRow<T> {
    @Override
    protected Skin<?> createDefaultSkin() {
        return isEmpty() ? new EmptySkin<>(this) : new TableRowSkin<>(this);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (!empty && getSkin() instanceof EmptySkin) {
            setSkin(new TableRowSkin<>(this));
        }
    }

    /** No cells: as tall as the cell size and as wide as the columns, as the default skin measures an empty row. */
    private static final class EmptySkin<T> extends CellSkinBase<TableRow<T>> {
        EmptySkin(TableRow<T> row) {
            super(row);
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return getCellSize() + top + bottom;
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            TableView<T> table = getSkinnable().getTableView();
            double width = 0;
            if (table != null) {
                for (TableColumnBase<T, ?> column : table.getVisibleLeafColumns()) {
                    width += snapSizeX(column.getWidth());
                }
            }
            return width;
        }
    }
}
