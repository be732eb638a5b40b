package dev.berth.core.model;

import java.util.Map;

/** How App Runner starts the image: the port it listens on (AWS's default "8080"), environment, start command. */
public record ImageConfiguration(
        Map<String, String> runtimeEnvironmentVariables,
        String startCommand,
        String port) {
    public ImageConfiguration {
        runtimeEnvironmentVariables = runtimeEnvironmentVariables == null ? Map.of()
                : Map.copyOf(runtimeEnvironmentVariables);
    }

    public static ImageConfiguration port(String port) {
        return new ImageConfiguration(Map.of(), null, port);
    }
}
