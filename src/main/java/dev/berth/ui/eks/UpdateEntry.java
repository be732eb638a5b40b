package dev.berth.ui.eks;

import dev.berth.core.model.EksUpdate;

/** An update and what it changed: the cluster or one of its node groups. */
public record UpdateEntry(String resource, EksUpdate update) {
}
