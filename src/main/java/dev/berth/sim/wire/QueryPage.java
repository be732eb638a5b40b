package dev.berth.sim.wire;

import dev.berth.core.gateway.GatewayException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list the gateway answers whole, cut as awsQuery services page: a marker from the previous page
 * ({@code Marker}) and a page size ({@code PageSize}, {@code MaxItems}) up to the service's maximum, the default when
 * absent. The next marker is opaque to clients and null on the last page.
 */
record QueryPage<T>(List<T> items, String nextMarker) {

    /** The page of {@code all} that {@code input}'s {@code markerMember} and {@code sizeMember} ask for. */
    static <T> QueryPage<T> of(List<T> all, QueryInput input, String markerMember, String sizeMember, int maximum) {
        return of(all, input, markerMember, sizeMember, maximum, maximum, QueryPage::invalidMarker);
    }

    /**
     * As above for a service whose default page ({@code defaultSize}) is below its maximum, and which answers a
     * marker it did not return with {@code invalidMarker}'s error.
     */
    static <T> QueryPage<T> of(List<T> all, QueryInput input, String markerMember, String sizeMember,
                               int defaultSize, int maximum, Function<String, GatewayException> invalidMarker) {
        Integer size = input.integer(sizeMember);
        if (size != null && size < 1) {
            throw QueryInput.validation("Value '" + size + "' at '" + QueryInput.camel(sizeMember) + "' failed to satisfy "
                    + "constraint: Member must have value greater than or equal to 1");
        }
        if (size != null && size > maximum) {
            throw QueryInput.validation("Value '" + size + "' at '" + QueryInput.camel(sizeMember) + "' failed to satisfy "
                    + "constraint: Member must have value less than or equal to " + maximum);
        }
        int from = offset(input.text(markerMember), invalidMarker);
        int to = Math.min(all.size(), from + (size == null ? defaultSize : size));
        String next = to < all.size() ? Base64.getEncoder().encodeToString(String.valueOf(to)
                .getBytes(StandardCharsets.UTF_8)) : null;
        return new QueryPage<>(from >= all.size() ? List.of() : List.copyOf(all.subList(from, to)), next);
    }

    private static int offset(String marker, Function<String, GatewayException> invalidMarker) {
        if (marker == null || marker.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(marker), StandardCharsets.UTF_8));
            if (offset >= 0) {
                return offset;
            }
        } catch (IllegalArgumentException e) {
            // answered below, as for a negative offset
        }
        throw invalidMarker.apply(marker);
    }

    private static GatewayException invalidMarker(String marker) {
        return QueryInput.validation("Value '" + marker + "' at 'marker' failed to satisfy constraint: Member must "
                + "be a marker this service returned");
    }
}
