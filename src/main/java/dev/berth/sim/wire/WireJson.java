package dev.berth.sim.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.berth.core.model.ServiceEvent;

import java.io.IOException;
import java.time.Instant;

/**
 * JSON as AWS's JSON protocols write it: members named as in the model, null members left out, and every timestamp
 * a number of epoch seconds with a fraction (AWS-BEHAVIOUR.md §1; SDK v2 refuses ISO strings).
 */
public final class WireJson {
    private WireJson() {
    }

    /**
     * Milliseconds as seconds with three decimals, as {@code BigDecimal.valueOf(millis).movePointLeft(3)} writes them
     * ({@code 1700000000.250}, {@code -0.005}), without building a BigDecimal for every timestamp of every answer.
     */
    static String epochSeconds(long millis) {
        long abs = Math.abs(millis);
        long fraction = abs % 1000;
        return (millis < 0 ? "-" : "") + abs / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
    }

    /**
     * The wire's mapper. Blackbird reads record members through generated accessors instead of reflection, which was
     * a third of the cost of writing a large answer; ECS service events are written once and then repeated
     * ({@link WrittenOnce}). It writes the same bytes as {@link #reflective()}.
     */
    public static ObjectMapper mapper() {
        return reflective().registerModule(new BlackbirdModule()).registerModule(WrittenOnce.module(ServiceEvent.class));
    }

    /** The wire's mapper as Jackson builds it by default, reading members by reflection. */
    static ObjectMapper reflective() {
        SimpleModule timestamps = new SimpleModule("epoch-seconds");
        timestamps.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeNumber(epochSeconds(value.toEpochMilli()));
            }
        });
        timestamps.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return Instant.ofEpochMilli(p.getDecimalValue().movePointRight(3).longValue());
            }
        });
        return new ObjectMapper()
                .registerModule(timestamps)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
