package dev.berth.sim;

import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Pages of the query-style APIs (IAM, EFS) that hand back a {@code Marker}: here, the index of the next item. */
public final class MarkerPages {
    private MarkerPages() {
    }

    /** Up to {@code size} items from the marker on; {@code badMarker} is thrown for a marker never handed out. */
    public static <T> Page<T> of(List<T> items, String marker, int size, Supplier<GatewayException> badMarker) {
        int from;
        try {
            from = marker == null ? 0 : Integer.parseInt(marker);
        } catch (NumberFormatException e) {
            throw badMarker.get();
        }
        if (from < 0 || from > items.size()) {
            throw badMarker.get();
        }
        int to = Math.min(items.size(), from + size);
        return new Page<>(new ArrayList<>(items.subList(from, to)), to < items.size() ? Integer.toString(to) : null);
    }
}
