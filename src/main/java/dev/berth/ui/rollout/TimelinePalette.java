package dev.berth.ui.rollout;

import javafx.scene.paint.Color;

/** The timeline's colours, as {@code deployment-timeline.css} sets them for the current theme. */
record TimelinePalette(Color newRevision, Color oldRevision, Color otherRevision, Color failed, Color band,
                       Color text, Color muted, Color grid, Color background, Color selection, Color good) {
}
