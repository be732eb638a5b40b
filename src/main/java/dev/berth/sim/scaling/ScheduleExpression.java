package dev.berth.sim.scaling;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scheduled action's {@code Schedule}: {@code at(yyyy-mm-ddThh:mm:ss)}, {@code rate(N minute[s]|hour[s]|day[s])}
 * or {@code cron(minutes hours day-of-month month day-of-week year)}, read in {@code Timezone} (UTC when absent).
 * A rate counts from the action's start time, else from when it was put. EventBridge's schedule rules read their
 * rate and cron expressions with it too.
 */
public final class ScheduleExpression {
    private static final Pattern AT = Pattern.compile("at\\((.+)\\)");
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.+)\\)");
    /** How far ahead a cron expression is searched; one that never fires within it is as good as never. */
    private static final int CRON_SEARCH_DAYS = 366 * 5;

    private final LocalDateTime at;
    private final Duration rate;
    private final CronFields cron;
    private final ZoneId zone;

    private ScheduleExpression(LocalDateTime at, Duration rate, CronFields cron, ZoneId zone) {
        this.at = at;
        this.rate = rate;
        this.cron = cron;
        this.zone = zone;
    }

    /** Throws ValidationException for a schedule or time zone AWS would refuse. */
    public static ScheduleExpression parse(String schedule, String timezone) {
        ZoneId zone = zone(timezone);
        String text = schedule == null ? "" : schedule.trim();
        Matcher matcher = AT.matcher(text);
        if (matcher.matches()) {
            try {
                return new ScheduleExpression(LocalDateTime.parse(matcher.group(1)), null, null, zone);
            } catch (DateTimeParseException e) {
                throw ScalingErrors.validation("Invalid at expression: " + schedule);
            }
        }
        matcher = RATE.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            boolean singular = !matcher.group(2).endsWith("s");
            if (amount < 1 || singular != (amount == 1)) {
                throw ScalingErrors.validation("Invalid rate expression: " + schedule);
            }
            ChronoUnit unit = switch (matcher.group(2).replace("s", "")) {
                case "minute" -> ChronoUnit.MINUTES;
                case "hour" -> ChronoUnit.HOURS;
                default -> ChronoUnit.DAYS;
            };
            return new ScheduleExpression(null, Duration.of(amount, unit), null, zone);
        }
        matcher = CRON.matcher(text);
        if (matcher.matches()) {
            return new ScheduleExpression(null, null, CronFields.parse(matcher.group(1), schedule), zone);
        }
        throw ScalingErrors.validation("Unsupported schedule expression: " + schedule
                + ". Use at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(fields).");
    }

    private static ZoneId zone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw ScalingErrors.validation("Invalid timezone: " + timezone);
        }
    }

    /** The first time after {@code after} the schedule fires, or null if it never fires again. */
    public Instant nextAfter(Instant after, Instant rateAnchor) {
        if (at != null) {
            Instant once = at.atZone(zone).toInstant();
            return once.isAfter(after) ? once : null;
        }
        if (rate != null) {
            long periods = Math.max(0, Duration.between(rateAnchor, after).toMillis() / rate.toMillis()) + 1;
            return rateAnchor.plusMillis(periods * rate.toMillis());
        }
        ZonedDateTime start = after.atZone(zone).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate day = start.toLocalDate();
        for (int i = 0; i < CRON_SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (!cron.matchesDay(day)) {
                continue;
            }
            for (int hour = 0; hour < 24; hour++) {
                for (int minute = 0; minute < 60; minute++) {
                    if (cron.matchesTime(hour, minute)) {
                        ZonedDateTime candidate = ZonedDateTime.of(day, LocalTime.of(hour, minute), zone);
                        if (!candidate.isBefore(start)) {
                            return candidate.toInstant();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The six fields of a cron expression, each as the set of values it allows. */
    private record CronFields(boolean[] minutes, boolean[] hours, boolean[] daysOfMonth, boolean[] months,
                              boolean[] daysOfWeek, boolean[] years, boolean anyDayOfMonth, boolean anyDayOfWeek) {
        private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                "NOV", "DEC"};
        private static final String[] DAYS = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};
        private static final int FIRST_YEAR = 1970;
        private static final int LAST_YEAR = 2199;

        static CronFields parse(String fields, String schedule) {
            String[] parts = fields.trim().split("\\s+");
            if (parts.length != 6) {
                throw ScalingErrors.validation("Invalid cron expression: " + schedule
                        + ". It needs six fields: minutes hours day-of-month month day-of-week year.");
            }
            try {
                return new CronFields(values(parts[0], 0, 59, null), values(parts[1], 0, 23, null),
                        values(parts[2], 1, 31, null), values(parts[3], 1, 12, MONTHS),
                        values(parts[4], 1, 7, DAYS), values(parts[5], FIRST_YEAR, LAST_YEAR, null),
                        isAny(parts[2]), isAny(parts[4]));
            } catch (IllegalArgumentException e) {
                throw ScalingErrors.validation("Invalid cron expression: " + schedule + ". " + e.getMessage());
            }
        }

        private static boolean isAny(String field) {
            return field.equals("*") || field.equals("?");
        }

        /** Index {@code v - min} is set when the field allows v. Names count from {@code min}. */
        private static boolean[] values(String field, int min, int max, String[] names) {
            boolean[] allowed = new boolean[max - min + 1];
            for (String item : field.split(",")) {
                String range = item;
                int step = 1;
                int slash = item.indexOf('/');
                if (slash >= 0) {
                    range = item.substring(0, slash);
                    step = Integer.parseInt(item.substring(slash + 1));
                    if (step < 1) {
                        throw new IllegalArgumentException("A step must be at least 1.");
                    }
                }
                int from;
                int to;
                if (range.equals("*") || range.equals("?")) {
                    from = min;
                    to = max;
                } else if (range.contains("-")) {
                    from = value(range.substring(0, range.indexOf('-')), min, names);
                    to = value(range.substring(range.indexOf('-') + 1), min, names);
                } else {
                    from = value(range, min, names);
                    to = slash >= 0 ? max : from;
                }
                if (from < min || to > max || from > to) {
                    throw new IllegalArgumentException("'" + item + "' is outside " + min + "-" + max + ".");
                }
                for (int v = from; v <= to; v += step) {
                    allowed[v - min] = true;
                }
            }
            return allowed;
        }

        private static int value(String text, int min, String[] names) {
            if (names != null) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(text.toUpperCase(Locale.ROOT))) {
                        return min + i;
                    }
                }
            }
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + text + "' is not a value this field takes.");
            }
        }

        /** As in cron: with both day fields restricted, either may match. Day of week 1 is Sunday. */
        boolean matchesDay(LocalDate day) {
            if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR || !years[day.getYear() - FIRST_YEAR]
                    || !months[day.getMonthValue() - 1]) {
                return false;
            }
            boolean dom = daysOfMonth[day.getDayOfMonth() - 1];
            boolean dow = daysOfWeek[day.getDayOfWeek().getValue() % 7];
            if (anyDayOfMonth) {
                return dow;
            }
            return anyDayOfWeek ? dom : dom || dow;
        }

        boolean matchesTime(int hour, int minute) {
            return hours[hour] && minutes[minute];
        }
    }
}
