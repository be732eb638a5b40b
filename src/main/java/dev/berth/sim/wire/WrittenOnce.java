package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.CollectionType;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Writes each value of an immutable record type as its JSON was written the first time. A DescribeServices answer
 * carries up to 100 events per service, which rarely change between calls; writing them anew was most of the
 * endpoint's work for that call (a 10-service answer is about 190 KB). The first time, a value is written by the
 * mapper's own serializer, so the bytes are the ones it would write. Values are looked up by equality, which for a
 * record means equal members and so equal JSON. At most {@link #KEPT} values are kept, then the cache starts over, so
 * services that write new events all the time do not grow it without bound. A whole list of such values is written
 * once too, while it is the same list ({@link SameList}).
 */
final class WrittenOnce extends JsonSerializer<Object> {
    static final int KEPT = 20_000;

    private final JsonSerializer<Object> serializer;
    private final Map<Object, SerializedString> written = new ConcurrentHashMap<>();

    private WrittenOnce(JsonSerializer<Object> serializer) {
        this.serializer = serializer;
    }

    /** A module under which the mapper writes each value of the record type {@code type} once. */
    static SimpleModule module(Class<? extends Record> type) {
        SimpleModule module = new SimpleModule("written-once-" + type.getSimpleName());
        module.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                return description.getBeanClass() == type
                        ? new WrittenOnce((JsonSerializer<Object>) serializer) : serializer;
            }

            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifyCollectionSerializer(SerializationConfig config, CollectionType valueType,
                                                                BeanDescription description,
                                                                JsonSerializer<?> serializer) {
                return valueType.getContentType().getRawClass() == type
                        ? new SameList((JsonSerializer<Object>) serializer) : serializer;
            }
        });
        return module;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SerializedString json = written.get(value);
        if (json == null) {
            json = new SerializedString(writtenAlone(serializer, value, gen, provider));
            if (written.size() >= KEPT) {
                written.clear();
            }
            written.put(value, json);
        }
        gen.writeRawValue(json);
    }

    /** How many values' JSON is kept. */
    int kept() {
        return written.size();
    }

    /** What {@code serializer} writes for {@code value} on a generator of its own. */
    private static String writtenAlone(JsonSerializer<Object> serializer, Object value, JsonGenerator gen,
                                       SerializerProvider provider) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator alone = gen.getCodec().getFactory().createGenerator(out)) {
            serializer.serialize(value, alone, provider);
        }
        return out.toString();
    }

    /**
     * Writes a list of the record type as it was written the last time it was this very list. The simulator hands out
     * a service's events as one immutable list until the next event, so the describes in between write its JSON once
     * instead of looking each event up. Lists are kept by identity in {@link #SLOTS} slots picked by their identity
     * hash, a new list taking the slot of whatever was there: at most that many lists are held, and no lookup hashes
     * or compares a list's members.
     */
    static final class SameList extends JsonSerializer<Object> {
        static final int SLOTS = 64;

        private record Written(Object list, SerializedString json) {
        }

        private final JsonSerializer<Object> serializer;
        private final AtomicReferenceArray<Written> written = new AtomicReferenceArray<>(SLOTS);

        private SameList(JsonSerializer<Object> serializer) {
            this.serializer = serializer;
        }

        @Override
        public void serialize(Object list, JsonGenerator gen, SerializerProvider provider) throws IOException {
            int slot = Math.floorMod(System.identityHashCode(list), SLOTS);
            Written last = written.get(slot);
            if (last == null || last.list() != list) {
                last = new Written(list, new SerializedString(writtenAlone(serializer, list, gen, provider)));
                written.set(slot, last);
            }
            gen.writeRawValue(last.json());
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Object list) {
            return serializer.isEmpty(provider, list);
        }

        /** How many slots hold a list. */
        int kept() {
            int kept = 0;
            for (int i = 0; i < SLOTS; i++) {
                kept += written.get(i) == null ? 0 : 1;
            }
            return kept;
        }
    }
}
