package dev.berth.sim.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each value of an immutable record type as its JSON was written the first time. A DescribeServices answer
 * carries up to 100 events per service, which rarely change between calls; writing them anew was most of the
 * endpoint's work for that call (a 10-service answer is about 190 KB). The first time, a value is written by the
 * mapper's own serializer, so the bytes are the ones it would write. Values are looked up by equality, which for a
 * record means equal members and so equal JSON. At most {@link #KEPT} values are kept, then the cache starts over, so
 * services that write new events all the time do not grow it without bound.
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
        });
        return module;
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SerializedString json = written.get(value);
        if (json == null) {
            json = new SerializedString(firstWriting(value, gen, provider));
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

    private String firstWriting(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator alone = gen.getCodec().getFactory().createGenerator(out)) {
            serializer.serialize(value, alone, provider);
        }
        return out.toString();
    }
}
