package dev.berth.ui.shell;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Real AWS is re-read soon while things move, slowly when stable, and less and less while it throttles. */
class RefreshPaceTest {
    private final RefreshPace pace = new RefreshPace();

    @Test
    void fasterWhileChangingSlowerWhenStable() {
        assertThat(pace.next(true, false)).isEqualTo(Duration.ofSeconds(5));
        assertThat(pace.next(false, false)).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void throttlingBacksOffDoublingUpToTwoMinutesThenRecovers() {
        assertThat(pace.next(true, true)).isEqualTo(Duration.ofSeconds(30));
        assertThat(pace.next(true, true)).isEqualTo(Duration.ofSeconds(60));
        assertThat(pace.next(true, true)).isEqualTo(Duration.ofSeconds(120));
        assertThat(pace.next(true, true)).isEqualTo(Duration.ofSeconds(120));
        assertThat(pace.next(true, false)).isEqualTo(Duration.ofSeconds(5));
        assertThat(pace.next(false, true)).isEqualTo(Duration.ofSeconds(30));
    }
}
