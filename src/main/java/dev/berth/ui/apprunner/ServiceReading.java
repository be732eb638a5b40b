package dev.berth.ui.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.core.model.ImageRepository;

/**
 * One App Runner service as a refresh read it: its description and its latest instance and traffic figures, or
 * null metrics where the backend cannot read them (CloudWatch on real AWS).
 */
public record ServiceReading(AppRunnerService service, AppRunnerServiceMetrics metrics) {

    /** The image the service runs, or what it is built from when it has none (a source code repository). */
    public String source() {
        ImageRepository image = service.sourceConfiguration().imageRepository();
        return image == null ? "source code repository" : image.imageIdentifier();
    }
}
