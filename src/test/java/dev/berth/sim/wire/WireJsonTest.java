package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Timestamps go on the wire as epoch seconds with a three-digit fraction, and come back to the millisecond. */
class WireJsonTest {
    private final ObjectMapper mapper = WireJson.mapper();

    @Test
    void epochSecondsAreWrittenAsBigDecimalWritesThem() {
        for (long millis : new long[]{0, 5, 40, 999, 1000, 1_700_000_000_250L, 1_700_000_000_000L, -5, -1001,
                -86_400_000L, 253_402_300_799_999L}) {
            assertThat(WireJson.epochSeconds(millis)).isEqualTo(BigDecimal.valueOf(millis).movePointLeft(3).toString());
        }
    }

    @Test
    void anInstantRoundTripsToTheMillisecond() throws Exception {
        Instant at = Instant.parse("2026-11-25T10:00:00.007Z");
        String json = mapper.writeValueAsString(Map.of("createdAt", at));
        assertThat(json).isEqualTo("{\"createdAt\":1795600800.007}");
        assertThat(mapper.readValue("1795600800.007", Instant.class)).isEqualTo(at);
    }
}
