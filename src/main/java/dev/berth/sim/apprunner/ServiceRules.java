package dev.berth.sim.apprunner;

import dev.berth.core.model.AuthenticationConfiguration;
import dev.berth.core.model.HealthCheckConfiguration;
import dev.berth.core.model.ImageConfiguration;
import dev.berth.core.model.ImageRepository;
import dev.berth.core.model.InstanceConfiguration;
import dev.berth.core.model.SourceConfiguration;

import java.util.regex.Pattern;

/**
 * What CreateService and UpdateService accept, and the configuration a service gets from it with AWS's defaults
 * filled in: port 8080, 1 vCPU and 2 GB, the TCP health check, automatic deployments on for private ECR and off for
 * ECR Public (which does not support them). A private ECR image needs an access role.
 */
final class ServiceRules {
    /** The model's ImageIdentifier pattern: a private ECR image, or one in ECR Public. */
    private static final Pattern IMAGE_IDENTIFIER = Pattern.compile("([0-9]{12}.dkr.ecr.[a-z\\-]+-[0-9]{1}"
            + ".amazonaws.com\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(:([\\w\\d+\\-=._:"
            + "\\/@])+|@([\\w\\d\\:]+))?)|(^public\\.ecr\\.aws\\/.+\\/((?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+"
            + "(?:[._-][a-z0-9]+)*)(:([\\w\\d+\\-=._:\\/@])+|@([\\w\\d\\:]+))?)");
    private static final String PUBLIC_REGISTRY = "public.ecr.aws/";
    private static final String DEFAULT_PORT = "8080";
    private static final int HEALTH_CHECK_LIMIT = 20;

    private final AutoScalingConfigurations scaling;

    ServiceRules(AutoScalingConfigurations scaling) {
        this.scaling = scaling;
    }

    ServiceState.Configuration configuration(SourceConfiguration source, InstanceConfiguration instance,
                                             HealthCheckConfiguration health, String autoScalingConfigurationArn) {
        SourceConfiguration checkedSource = source(source);
        InstanceConfiguration checkedInstance = InstanceSizes.normalise(instance);
        HealthCheckConfiguration checkedHealth = health(health);
        scaling.requireUsable(autoScalingConfigurationArn);
        return new ServiceState.Configuration(checkedSource, checkedInstance, checkedHealth,
                autoScalingConfigurationArn);
    }

    private static SourceConfiguration source(SourceConfiguration source) {
        if (source == null || source.imageRepository() == null) {
            throw AppRunnerErrors.invalidRequest("SourceConfiguration must contain an ImageRepository. (Code "
                    + "repositories are not simulated.)");
        }
        ImageRepository image = source.imageRepository();
        String identifier = image.imageIdentifier();
        if (identifier == null || !IMAGE_IDENTIFIER.matcher(identifier).matches()) {
            throw AppRunnerErrors.constraint("sourceConfiguration.imageRepository.imageIdentifier", identifier,
                    "Member must satisfy regular expression pattern: " + IMAGE_IDENTIFIER.pattern());
        }
        String type = image.imageRepositoryType();
        if (!ImageRepository.ECR.equals(type) && !ImageRepository.ECR_PUBLIC.equals(type)) {
            throw AppRunnerErrors.constraint("sourceConfiguration.imageRepository.imageRepositoryType", type,
                    "Member must satisfy enum value set: [ECR, ECR_PUBLIC]");
        }
        boolean isPublic = identifier.startsWith(PUBLIC_REGISTRY);
        if (isPublic != ImageRepository.ECR_PUBLIC.equals(type)) {
            throw AppRunnerErrors.invalidRequest("Image identifier " + identifier + " doesn't match image "
                    + "repository type " + type + ".");
        }
        AuthenticationConfiguration authentication = source.authenticationConfiguration();
        if (!isPublic && (authentication == null || authentication.accessRoleArn() == null)) {
            throw AppRunnerErrors.invalidRequest("Authentication configuration is invalid: an image in a private "
                    + "Amazon ECR repository needs an AccessRoleArn that lets App Runner pull it.");
        }
        Boolean autoDeployments = source.autoDeploymentsEnabled();
        if (isPublic && Boolean.TRUE.equals(autoDeployments)) {
            throw AppRunnerErrors.invalidRequest("Automatic deployment isn't supported for an image in Amazon ECR "
                    + "Public. Set AutoDeploymentsEnabled to false.");
        }
        ImageConfiguration configuration = image.imageConfiguration() == null ? ImageConfiguration.port(null)
                : image.imageConfiguration();
        ImageConfiguration withPort = new ImageConfiguration(configuration.runtimeEnvironmentVariables(),
                configuration.startCommand(), configuration.port() == null ? DEFAULT_PORT : configuration.port());
        return new SourceConfiguration(new ImageRepository(identifier, withPort, type),
                autoDeployments == null ? !isPublic : autoDeployments, authentication);
    }

    private static HealthCheckConfiguration health(HealthCheckConfiguration given) {
        HealthCheckConfiguration defaults = HealthCheckConfiguration.DEFAULT;
        if (given == null) {
            return defaults;
        }
        String protocol = given.protocol() == null ? defaults.protocol() : given.protocol();
        if (!protocol.equals("TCP") && !protocol.equals("HTTP")) {
            throw AppRunnerErrors.constraint("healthCheckConfiguration.protocol", protocol,
                    "Member must satisfy enum value set: [TCP, HTTP]");
        }
        return new HealthCheckConfiguration(protocol, given.path() == null ? defaults.path() : given.path(),
                bounded("interval", given.interval(), defaults.interval()),
                bounded("timeout", given.timeout(), defaults.timeout()),
                bounded("healthyThreshold", given.healthyThreshold(), defaults.healthyThreshold()),
                bounded("unhealthyThreshold", given.unhealthyThreshold(), defaults.unhealthyThreshold()));
    }

    private static int bounded(String member, Integer value, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < 1 || value > HEALTH_CHECK_LIMIT) {
            throw AppRunnerErrors.constraint("healthCheckConfiguration." + member, value,
                    "Member must have value between 1 and " + HEALTH_CHECK_LIMIT);
        }
        return value;
    }
}
