package dev.berth.ui.apprunner;

import dev.berth.core.model.AuthenticationConfiguration;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.ImageConfiguration;
import dev.berth.core.model.ImageRepository;
import dev.berth.core.model.InstanceConfiguration;
import dev.berth.core.model.SourceConfiguration;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the console's "Create service" wizard asks for an image source: the registry (ECR Public or private ECR, which
 * needs an access role), the image URI, the service name, the instance size among AWS's combinations, and the port.
 * The defaults are AWS's (1 vCPU, 2 GB, port 8080) with an nginx image from the ECR Public gallery.
 */
public final class CreateAppRunnerServiceForm {
    public static final String NAME = "name";
    public static final String REPOSITORY_TYPE = "repositoryType";
    public static final String IMAGE = "image";
    public static final String ACCESS_ROLE = "accessRole";
    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String PORT = "port";

    public static final List<String> REPOSITORY_TYPES = List.of(ImageRepository.ECR_PUBLIC, ImageRepository.ECR);
    public static final List<String> CPUS = List.of("0.25 vCPU", "0.5 vCPU", "1 vCPU", "2 vCPU", "4 vCPU");
    public static final List<String> MEMORIES = List.of("0.5 GB", "1 GB", "2 GB", "3 GB", "4 GB", "6 GB", "8 GB",
            "10 GB", "12 GB");
    /** The memory App Runner offers with each CPU size. */
    private static final Map<String, List<String>> MEMORY_BY_CPU = Map.of(
            "0.25 vCPU", List.of("0.5 GB", "1 GB"),
            "0.5 vCPU", List.of("1 GB"),
            "1 vCPU", List.of("2 GB", "3 GB", "4 GB"),
            "2 vCPU", List.of("4 GB", "6 GB"),
            "4 vCPU", List.of("8 GB", "10 GB", "12 GB"));
    private static final Pattern SERVICE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-_]{3,39}");
    private static final String PUBLIC_REGISTRY = "public.ecr.aws/";
    private static final int MAX_PORT = 65535;

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty repositoryType = new SimpleStringProperty(this, REPOSITORY_TYPE,
            ImageRepository.ECR_PUBLIC);
    private final StringProperty image = new SimpleStringProperty(this, IMAGE, "public.ecr.aws/nginx/nginx:latest");
    private final StringProperty accessRole = new SimpleStringProperty(this, ACCESS_ROLE, "");
    private final StringProperty cpu = new SimpleStringProperty(this, CPU, "1 vCPU");
    private final StringProperty memory = new SimpleStringProperty(this, MEMORY, "2 GB");
    private final StringProperty port = new SimpleStringProperty(this, PORT, "8080");

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        if (!SERVICE_NAME.matcher(name()).matches()) {
            errors.add(NAME, "Use 4 to 40 letters, digits, hyphens and underscores, starting with a letter or digit.");
        }
        boolean isPublic = ImageRepository.ECR_PUBLIC.equals(repositoryType.get());
        String uri = image.get().strip();
        if (uri.isEmpty()) {
            errors.add(IMAGE, "Enter the image URI.");
        } else if (isPublic != uri.startsWith(PUBLIC_REGISTRY)) {
            errors.add(IMAGE, isPublic ? "An ECR Public image starts with " + PUBLIC_REGISTRY + "."
                    : "A private ECR image looks like 123456789012.dkr.ecr.us-east-1.amazonaws.com/repository:tag.");
        }
        if (!isPublic && accessRole.get().isBlank()) {
            errors.add(ACCESS_ROLE, "A private ECR image needs a role that lets App Runner pull it.");
        }
        if (!MEMORY_BY_CPU.getOrDefault(cpu.get(), List.of()).contains(memory.get())) {
            errors.add(MEMORY, "With " + cpu.get() + " App Runner offers "
                    + String.join(", ", MEMORY_BY_CPU.getOrDefault(cpu.get(), List.of())) + ".");
        }
        if (WholeNumber.parse(port.get(), 1, MAX_PORT) == null) {
            errors.add(PORT, WholeNumber.rangeMessage(1, MAX_PORT));
        }
        return errors;
    }

    /** The request for a valid form; call {@link #validate()} first. */
    public CreateAppRunnerServiceRequest toRequest() {
        boolean isPublic = ImageRepository.ECR_PUBLIC.equals(repositoryType.get());
        SourceConfiguration source = new SourceConfiguration(new ImageRepository(image.get().strip(),
                ImageConfiguration.port(port.get().strip()), repositoryType.get()), !isPublic,
                isPublic ? null : new AuthenticationConfiguration(accessRole.get().strip()));
        return new CreateAppRunnerServiceRequest(name(), source, InstanceConfiguration.of(cpu.get(), memory.get()),
                null, null);
    }

    public String name() {
        return name.get().strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty repositoryTypeProperty() {
        return repositoryType;
    }

    public StringProperty imageProperty() {
        return image;
    }

    public StringProperty accessRoleProperty() {
        return accessRole;
    }

    public StringProperty cpuProperty() {
        return cpu;
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    public StringProperty portProperty() {
        return port;
    }
}
