package dev.berth.ui.taskdefs;

import dev.berth.ui.taskdefs.LineDiff.Kind;
import dev.berth.ui.taskdefs.LineDiff.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void equalTextsAreAllSame() {
        assertThat(LineDiff.compare(List.of("a", "b"), List.of("a", "b")))
                .containsExactly(new Row(Kind.SAME, "a", "a"), new Row(Kind.SAME, "b", "b"));
    }

    @Test
    void aReplacedLineIsPairedWithItsReplacement() {
        assertThat(LineDiff.compare(List.of("{", "image: 1", "}"), List.of("{", "image: 2", "}")))
                .containsExactly(new Row(Kind.SAME, "{", "{"), new Row(Kind.CHANGED, "image: 1", "image: 2"),
                        new Row(Kind.SAME, "}", "}"));
    }

    @Test
    void insertionsAndDeletionsStandAlone() {
        assertThat(LineDiff.compare(List.of("a", "b", "c"), List.of("a", "c", "d")))
                .containsExactly(new Row(Kind.SAME, "a", "a"), new Row(Kind.REMOVED, "b", null),
                        new Row(Kind.SAME, "c", "c"), new Row(Kind.ADDED, null, "d"));
    }

    @Test
    void emptySidesWork() {
        assertThat(LineDiff.compare(List.of(), List.of("x"))).containsExactly(new Row(Kind.ADDED, null, "x"));
        assertThat(LineDiff.compare(List.of("x"), List.of())).containsExactly(new Row(Kind.REMOVED, "x", null));
    }
}
