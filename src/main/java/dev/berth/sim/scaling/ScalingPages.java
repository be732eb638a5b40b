package dev.berth.sim.scaling;

import dev.berth.core.model.Page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Application Auto Scaling's paging: MaxResults 1–50, 50 by default, an opaque NextToken. */
final class ScalingPages {
    static final int MAX_RESULTS = 50;
    private static final String TOKEN_PREFIX = "berth-aas:";

    private ScalingPages() {
    }

    static <T> Page<T> page(List<T> items, String nextToken, Integer maxResults) {
        int size = maxResults == null ? MAX_RESULTS : maxResults;
        if (size > MAX_RESULTS) {
            throw ScalingErrors.constraint(String.valueOf(size), "maxResults",
                    "Member must have value less than or equal to " + MAX_RESULTS);
        }
        if (size < 1) {
            throw ScalingErrors.constraint(String.valueOf(size), "maxResults",
                    "Member must have value greater than or equal to 1");
        }
        int from = nextToken == null ? 0 : offset(nextToken);
        int to = Math.min(items.size(), from + size);
        String next = to < items.size() ? Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + to).getBytes(StandardCharsets.UTF_8)) : null;
        return new Page<>(from >= items.size() ? List.of() : items.subList(from, to), next);
    }

    private static int offset(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(decoded.substring(TOKEN_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // refused below, as any other token this endpoint did not hand out
        }
        throw ScalingErrors.invalidNextToken();
    }
}
