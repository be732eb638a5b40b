package dev.berth.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/** A table above the details of its selected row; "open" makes sure the details can be seen and focuses them. */
public final class MasterDetail extends SplitPane {
    private static final double DIVIDER = 0.6;
    /** Past this the details pane is too small to read, i.e. the user dragged it away. */
    private static final double COLLAPSED = 0.9;
    /** Where the divider goes for details that need the height: a few master rows stay visible. */
    private static final double ROOMY = 0.2;

    private final Node details;

    public MasterDetail(Node master, Node details) {
        super(master, details);
        this.details = details;
        setOrientation(Orientation.VERTICAL);
        setDividerPositions(DIVIDER);
    }

    /** Moves the divider up for details that need the height, such as a timeline; never down. */
    public void giveDetailsRoom() {
        if (getDividerPositions()[0] > ROOMY) {
            setDividerPositions(ROOMY);
        }
    }

    public void openDetails() {
        if (getDividerPositions()[0] > COLLAPSED) {
            setDividerPositions(DIVIDER);
        }
        details.requestFocus();
    }
}
