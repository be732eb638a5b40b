package dev.berth.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/**
 * A tab whose content is made the first time it is selected: a details tab nobody opens (charts, feeds) costs
 * nothing when its area is built, which the window's cold start pays for the first area.
 */
public final class LazyTab extends Tab {

    public LazyTab(String text, Supplier<? extends Node> content) {
        super(text);
        selectedProperty().addListener((observable, was, selected) -> {
            if (selected && getContent() == null) {
                setContent(content.get());
            }
        });
    }
}
