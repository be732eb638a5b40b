package dev.berth.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the UI writes a point in time: local date and time to the second, like the AWS console. */
public final class TimeText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private TimeText() {
    }

    /** Date and time, or "" for null (a task that has not started has no startedAt). */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
