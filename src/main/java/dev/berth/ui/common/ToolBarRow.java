package dev.berth.ui.common;

import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

import java.util.ArrayList;
import java.util.List;

/**
 * A tool bar's row that degrades as desktop tool bars do when it gets narrow (a lesson pane beside the area, a small
 * window), instead of cutting every label to "Cre...": first its buttons with an icon show only the icon, their label
 * moving to a tooltip; if the icons still do not fit, the last buttons move into a "more" menu at the end of the row.
 * Buttons never shrink below what they need, so every action stays visible and clickable in one of the two places.
 * Text fields and pickers shrink to their minimum before any button moves. Labels come back as soon as the full row
 * fits again.
 */
public final class ToolBarRow extends HBox {
    /** Marks a tooltip this row added, so that only those are taken away again. */
    private static final String OWN_TOOLTIP = ToolBarRow.class.getName() + ".tooltip";

    private final ReadOnlyBooleanWrapper compact = new ReadOnlyBooleanWrapper(this, "compact");
    /** The row's own nodes; it may be laid out narrower than they need, as the row takes care of them. */
    private final HBox items = new HBox() {
        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }
    };
    private final MenuButton more = new MenuButton(null, new FontIcon(MaterialDesignD.DOTS_HORIZONTAL));
    /** The buttons this row made icon-only, to show their labels again. */
    private final List<Labeled> iconsOnly = new ArrayList<>();
    /** The buttons this row moved into {@link #more}, in the row's order. */
    private final List<ButtonBase> moved = new ArrayList<>();
    /** The width the items need with every label shown, measured the last time they were shown. */
    private double fullWidth;

    /** A row whose "more" menu button has the id {@code moreId}. */
    public ToolBarRow(String moreId) {
        items.spacingProperty().bind(spacingProperty());
        items.alignmentProperty().bind(alignmentProperty());
        HBox.setHgrow(items, Priority.ALWAYS);
        more.setId(moreId);
        more.getStyleClass().add(Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip("More actions"));
        showMore(false);
        getChildren().addAll(items, more);
        items.getChildren().addListener((ListChangeListener<Node>) change -> {
            // Added buttons may need more room than was measured: measure again with every label shown.
            setCompact(false);
            moveIntoMenu(0);
            pinButtons();
        });
    }

    /** The title, pickers and buttons, in their order on the row. */
    public ObservableList<Node> getItems() {
        return items.getChildren();
    }

    /** Whether the buttons show only their icons because their labels do not fit. */
    public ReadOnlyBooleanProperty compactProperty() {
        return compact.getReadOnlyProperty();
    }

    /** The buttons that did not fit even as icons and are in the "more" menu now. */
    public List<ButtonBase> movedIntoMenu() {
        return List.copyOf(moved);
    }

    /** Enough for the nodes that stay in the row (at their smallest) and the "more" menu. */
    @Override
    protected double computeMinWidth(double height) {
        double width = snappedLeftInset() + snappedRightInset() + more.prefWidth(-1);
        for (Node child : items.getChildren()) {
            if (child.isManaged() && !movable(child)) {
                width += child.minWidth(-1) + getSpacing();
            }
        }
        return width;
    }

    @Override
    protected void layoutChildren() {
        double available = getWidth() - snappedLeftInset() - snappedRightInset();
        if (!compact.get()) {
            fullWidth = items.prefWidth(-1);
            if (fullWidth > available) {
                setCompact(true);
            }
        } else if (fullWidth <= available) {
            moveIntoMenu(0);
            setCompact(false);
        }
        if (compact.get()) {
            moveIntoMenu(buttonsThatDoNotFit(available));
        }
        super.layoutChildren();
    }

    /** How many of the last movable buttons must go into the menu for the rest to fit at their smallest. */
    private int buttonsThatDoNotFit(double available) {
        List<Node> movable = new ArrayList<>();
        double needed = -getSpacing();
        for (Node child : items.getChildren()) {
            if (!child.isManaged() && !moved.contains(child)) {
                continue;
            }
            if (movable(child)) {
                movable.add(child);
                needed += child.prefWidth(-1) + getSpacing();
            } else {
                needed += child.minWidth(-1) + getSpacing();
            }
        }
        int count = 0;
        double withMenu = needed + more.prefWidth(-1) + getSpacing();
        while (needed > available && count < movable.size()) {
            count++;
            withMenu -= movable.get(movable.size() - count).prefWidth(-1) + getSpacing();
            needed = withMenu;
        }
        return count;
    }

    /** Moves the last {@code count} movable buttons into the menu and the others back into the row. */
    private void moveIntoMenu(int count) {
        List<ButtonBase> wanted = new ArrayList<>();
        for (int index = items.getChildren().size() - 1; index >= 0 && wanted.size() < count; index--) {
            Node child = items.getChildren().get(index);
            if (movable(child) && (child.isManaged() || moved.contains(child))) {
                wanted.add(0, (ButtonBase) child);
            }
        }
        if (wanted.equals(moved)) {
            return;
        }
        moved.forEach(button -> setShown(button, true));
        moved.clear();
        moved.addAll(wanted);
        moved.forEach(button -> setShown(button, false));
        more.getItems().setAll(moved.stream().map(ToolBarRow::menuItem).toList());
        showMore(!moved.isEmpty());
    }

    private void showMore(boolean shown) {
        more.setVisible(shown);
        more.setManaged(shown);
    }

    private static void setShown(Node button, boolean shown) {
        button.setVisible(shown);
        button.setManaged(shown);
    }

    /** A button with an icon whose place in the row is the row's to decide (not bound by the view). */
    private static boolean movable(Node child) {
        return child instanceof ButtonBase button && button.getGraphic() != null
                && !button.visibleProperty().isBound() && !button.managedProperty().isBound();
    }

    /** The button's twin in the menu: same words, same icon, enabled while it is, and doing what it does. */
    private static MenuItem menuItem(ButtonBase button) {
        String text = button.getText();
        if ((text == null || text.isEmpty()) && button.getTooltip() != null) {
            text = button.getTooltip().getText();
        }
        if (button instanceof MenuButton menuButton) {
            Menu menu = new Menu(text, icon(button));
            for (MenuItem item : menuButton.getItems()) {
                MenuItem twin = new MenuItem(item.getText());
                twin.setId(item.getId() == null ? null : item.getId() + "-more");
                twin.disableProperty().bind(item.disableProperty());
                twin.setOnAction(event -> item.fire());
                menu.getItems().add(twin);
            }
            menu.setId(button.getId() + "-more");
            menu.disableProperty().bind(button.disableProperty());
            return menu;
        }
        MenuItem item = new MenuItem(text, icon(button));
        item.setId(button.getId() + "-more");
        item.disableProperty().bind(button.disableProperty());
        item.setOnAction(event -> button.fire());
        return item;
    }

    private static Node icon(ButtonBase button) {
        return button.getGraphic() instanceof FontIcon icon ? new FontIcon(icon.getIconCode()) : null;
    }

    private void pinButtons() {
        for (Node child : items.getChildren()) {
            if (child instanceof ButtonBase button) {
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    private void setCompact(boolean value) {
        if (compact.get() == value) {
            return;
        }
        compact.set(value);
        if (value) {
            for (Node child : items.getChildren()) {
                if (child instanceof Labeled labeled && labeled.getGraphic() != null && labeled.getText() != null
                        && !labeled.getText().isEmpty() && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                    showIconOnly(labeled);
                }
            }
        } else {
            iconsOnly.forEach(ToolBarRow::showLabel);
            iconsOnly.clear();
        }
    }

    private void showIconOnly(Labeled labeled) {
        iconsOnly.add(labeled);
        labeled.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        if (labeled.getTooltip() == null) {
            Tooltip label = new Tooltip();
            label.textProperty().bind(labeled.textProperty());
            label.getProperties().put(OWN_TOOLTIP, true);
            labeled.setTooltip(label);
        }
    }

    private static void showLabel(Labeled labeled) {
        labeled.setContentDisplay(ContentDisplay.LEFT);
        if (labeled.getTooltip() != null && labeled.getTooltip().getProperties().containsKey(OWN_TOOLTIP)) {
            labeled.setTooltip(null);
        }
    }
}
