package dev.berth.ui.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;

/** One App Runner service as a refresh read it: its description and its latest instance and traffic figures. */
public record ServiceReading(AppRunnerService service, AppRunnerServiceMetrics metrics) {
}
