package dev.berth.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One page of a list call; {@code nextToken} is null on the last page. */
public record Page<T>(List<T> items, String nextToken) {
    public Page {
        items = List.copyOf(items);
    }

    public boolean hasMore() {
        return nextToken != null;
    }

    /** Every item of a paged call, asking for the page after each token until there is none. */
    public static <T> List<T> all(Function<String, Page<T>> pageAfter) {
        List<T> items = new ArrayList<>();
        String token = null;
        do {
            Page<T> page = pageAfter.apply(token);
            items.addAll(page.items());
            token = page.nextToken();
        } while (token != null);
        return items;
    }
}
