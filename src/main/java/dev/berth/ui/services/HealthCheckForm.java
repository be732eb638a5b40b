package dev.berth.ui.services;

import dev.berth.core.model.Matcher;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetGroup;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Objects;

/**
 * What "Edit health check" changes of a target group: path and success codes (HTTP and HTTPS checks only), port,
 * interval, timeout and the two thresholds, in the ranges ELB accepts. Starts from the group as it is; only what
 * changed is sent, as ModifyTargetGroup keeps what it is not given.
 */
public final class HealthCheckForm {
    public static final String PATH = "path";
    public static final String PORT = "port";
    public static final String INTERVAL = "interval";
    public static final String TIMEOUT = "timeout";
    public static final String HEALTHY = "healthy";
    public static final String UNHEALTHY = "unhealthy";
    public static final String SUCCESS_CODES = "successCodes";
    private static final String TRAFFIC_PORT = "traffic-port";

    private final TargetGroup group;
    private final StringProperty path = new SimpleStringProperty(this, PATH);
    private final StringProperty port = new SimpleStringProperty(this, PORT);
    private final StringProperty interval = new SimpleStringProperty(this, INTERVAL);
    private final StringProperty timeout = new SimpleStringProperty(this, TIMEOUT);
    private final StringProperty healthy = new SimpleStringProperty(this, HEALTHY);
    private final StringProperty unhealthy = new SimpleStringProperty(this, UNHEALTHY);
    private final StringProperty successCodes = new SimpleStringProperty(this, SUCCESS_CODES);

    public HealthCheckForm(TargetGroup group) {
        this.group = group;
        path.set(group.healthCheckPath());
        port.set(group.healthCheckPort());
        interval.set(String.valueOf(group.healthCheckIntervalSeconds()));
        timeout.set(String.valueOf(group.healthCheckTimeoutSeconds()));
        healthy.set(String.valueOf(group.healthyThresholdCount()));
        unhealthy.set(String.valueOf(group.unhealthyThresholdCount()));
        successCodes.set(group.matcher() == null ? null : group.matcher().httpCode());
    }

    /** Whether the check is HTTP or HTTPS, so it has a path and success codes. */
    public boolean checksHttp() {
        return group.healthCheckPath() != null;
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        if (checksHttp() && (path.get() == null || !path.get().strip().startsWith("/"))) {
            errors.add(PATH, "Enter a path that begins with /, such as / or /health.");
        }
        String chosenPort = text(port);
        if (!TRAFFIC_PORT.equals(chosenPort) && WholeNumber.parse(chosenPort, 1, 65535) == null) {
            errors.add(PORT, "Enter traffic-port or a port from 1 to 65535.");
        }
        Integer every = number(interval, 5, 300, INTERVAL, errors);
        Integer wait = number(timeout, 2, 120, TIMEOUT, errors);
        if (every != null && wait != null && wait >= every) {
            errors.add(TIMEOUT, "The timeout must be shorter than the interval.");
        }
        number(healthy, 2, 10, HEALTHY, errors);
        number(unhealthy, 2, 10, UNHEALTHY, errors);
        if (checksHttp() && (text(successCodes) == null || !text(successCodes).matches("[0-9,-]+"))) {
            errors.add(SUCCESS_CODES, "Enter HTTP codes such as 200, 200,202 or 200-299.");
        }
        return errors;
    }

    /** The settings that differ from the group's; call after {@link #validate()} found nothing. */
    public ModifyTargetGroupRequest toRequest() {
        return new ModifyTargetGroupRequest(group.targetGroupArn(), null,
                changed(text(port), group.healthCheckPort()),
                checksHttp() ? changed(text(path), group.healthCheckPath()) : null, null,
                changed(whole(interval), group.healthCheckIntervalSeconds()),
                changed(whole(timeout), group.healthCheckTimeoutSeconds()),
                changed(whole(healthy), group.healthyThresholdCount()),
                changed(whole(unhealthy), group.unhealthyThresholdCount()),
                checksHttp() && !text(successCodes).equals(group.matcher().httpCode())
                        ? new Matcher(text(successCodes)) : null);
    }

    public TargetGroup group() {
        return group;
    }

    private static <T> T changed(T value, T was) {
        return Objects.equals(value, was) ? null : value;
    }

    private static Integer number(StringProperty field, int min, int max, String name, FieldErrors errors) {
        Integer value = WholeNumber.parse(field.get(), min, max);
        if (value == null) {
            errors.add(name, WholeNumber.rangeMessage(min, max));
        }
        return value;
    }

    private static Integer whole(StringProperty field) {
        return Integer.valueOf(text(field));
    }

    private static String text(StringProperty field) {
        return field.get() == null ? null : field.get().strip();
    }

    public StringProperty pathProperty() {
        return path;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    public StringProperty healthyProperty() {
        return healthy;
    }

    public StringProperty unhealthyProperty() {
        return unhealthy;
    }

    public StringProperty successCodesProperty() {
        return successCodes;
    }
}
