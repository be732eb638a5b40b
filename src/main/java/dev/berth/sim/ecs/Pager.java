package dev.berth.sim.ecs;

import dev.berth.core.model.Page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** Pages a list call's results (ECS and ECR alike). The token is opaque to callers, as on AWS: an encoded offset. */
public final class Pager {
    private static final String TOKEN_PREFIX = "berth:";

    private Pager() {
    }

    /** {@code maxResults} null takes {@code defaultSize}; values outside 1..{@code limit} are refused as AWS does. */
    public static int pageSize(Integer maxResults, int defaultSize, int limit) {
        if (maxResults == null) {
            return defaultSize;
        }
        if (maxResults < 1 || maxResults > limit) {
            throw EcsErrors.invalidParameter("maxResults must be between 1 and " + limit + ".");
        }
        return maxResults;
    }

    public static <T> Page<T> page(List<T> items, String nextToken, int size) {
        int from = nextToken == null ? 0 : offset(nextToken);
        int to = Math.min(items.size(), from + size);
        String next = to < items.size() ? token(to) : null;
        return new Page<>(from >= items.size() ? List.of() : items.subList(from, to), next);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
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
            // falls through to the refusal below
        }
        throw EcsErrors.invalidParameter("Invalid nextToken.");
    }
}
