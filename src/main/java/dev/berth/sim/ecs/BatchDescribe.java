package dev.berth.sim.ecs;

import dev.berth.core.model.Described;
import dev.berth.core.model.Failure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The shape every ECS batch describe shares: at most {@code limit} names or ARNs, each found and shown, or reported
 * as a failure with reason MISSING and the ARN the name would have.
 */
final class BatchDescribe {
    private BatchDescribe() {
    }

    static <S, T> Described<T> describe(String member, List<String> names, int limit, Function<String, S> find,
                                        Function<S, T> view, UnaryOperator<String> arnOf) {
        if (names == null) {
            return new Described<>(List.of(), List.of());
        }
        if (names.size() > limit) {
            throw EcsErrors.invalidParameter(member + " can have at most " + limit + " items.");
        }
        List<T> found = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String name : names) {
            String key = ArnFactory.lastSegment(name);
            S state = find.apply(key);
            if (state == null) {
                failures.add(new Failure(arnOf.apply(key), "MISSING", null));
            } else {
                found.add(view.apply(state));
            }
        }
        return new Described<>(found, failures);
    }
}
