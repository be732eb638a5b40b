package dev.berth.core.model;

import java.util.List;
import java.util.Map;

/** A container's log driver ({@code awslogs} sends to CloudWatch Logs with the execution role) and its options. */
public record LogConfiguration(String logDriver, Map<String, String> options, List<Secret> secretOptions) {
    public LogConfiguration {
        options = options == null ? Map.of() : Map.copyOf(options);
        secretOptions = secretOptions == null ? List.of() : List.copyOf(secretOptions);
    }

    public boolean isAwslogs() {
        return "awslogs".equals(logDriver);
    }
}
