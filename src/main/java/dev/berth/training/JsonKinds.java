package dev.berth.training;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import java.util.Arrays;
import java.util.List;

/** The names a lesson file may give a polymorphic item: those its type's {@code @JsonSubTypes} declares. */
final class JsonKinds {
    private JsonKinds() {
    }

    static List<String> of(Class<?> type) {
        return Arrays.stream(type.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
    }
}
