package dev.berth.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Whether a details tab is on screen, for the view model that fills it: the view model reads only while it is, and
 * once as it comes into view, so a tab nobody opened, one behind another tab or one of an area not shown costs no
 * API calls on real AWS.
 */
public final class WhileShown {
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");

    /** {@code refresh} runs each time the tab comes into view. */
    public WhileShown(Runnable refresh) {
        shown.addListener((observable, was, now) -> {
            if (now) {
                refresh.run();
            }
        });
    }

    public boolean isShown() {
        return shown.get();
    }

    /** Set by the view (see {@link #follow}); tests set it by hand. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * Shown while {@code tab} is selected and its tab pane is in a scene: the main window takes an area's frame out of
     * its scene while another area is shown.
     */
    public void follow(Tab tab) {
        ObservableValue<Boolean> inScene = tab.tabPaneProperty().flatMap(Node::sceneProperty).map(scene -> true)
                .orElse(false);
        shown.bind(Bindings.createBooleanBinding(() -> tab.isSelected() && inScene.getValue(),
                tab.selectedProperty(), inScene));
    }
}
