package dev.berth.aws;

import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.Connection;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileProperty;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The AWS connections this machine offers: every profile of {@code ~/.aws/config} and {@code ~/.aws/credentials}
 * (read by the SDK, so {@code AWS_CONFIG_FILE}, {@code AWS_SHARED_CREDENTIALS_FILE} and the {@code aws.configFile}
 * system properties apply), and the environment's credentials when it has some. Only how a profile signs in is
 * read here, to show it; credentials are resolved by the SDK's providers when the connection is used. The app
 * creates it by name, so that the SDK is loaded only once AWS is used.
 */
public final class AwsProfiles implements AwsConnections {
    /** Where a profile without a region works until the user picks one. */
    private static final String FALLBACK_REGION = "us-east-1";

    @Override
    public List<Connection> available() {
        List<Connection> connections = new ArrayList<>();
        ProfileFile files = ProfileFile.defaultProfileFile();
        files.profiles().values().stream()
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(profile -> connections.add(new Connection(Connection.Kind.AWS_PROFILE, profile.name(),
                        profile.property(ProfileProperty.REGION).orElse(FALLBACK_REGION), signIn(profile))));
        if (SdkSystemSetting.AWS_ACCESS_KEY_ID.getStringValue().isPresent()) {
            connections.add(new Connection(Connection.Kind.AWS_ENVIRONMENT, AwsTarget.ENVIRONMENT,
                    SdkSystemSetting.AWS_REGION.getStringValue().orElse(FALLBACK_REGION), "environment variables"));
        }
        return connections;
    }

    /** The regions where Amazon ECS is offered, by name. */
    @Override
    public List<String> regions() {
        return EcsClient.serviceMetadata().regions().stream().map(Region::id).sorted().toList();
    }

    @Override
    public AwsConnection open(Connection connection, boolean writesAllowed) {
        AwsTarget target = connection.kind() == Connection.Kind.AWS_ENVIRONMENT
                ? AwsTarget.environment(connection.region())
                : AwsTarget.profile(connection.name(), connection.region());
        return new AwsGateway(target, writesAllowed);
    }

    private static String signIn(Profile profile) {
        String how;
        if (profile.property(ProfileProperty.SSO_START_URL).isPresent()
                || profile.property("sso_session").isPresent()) {
            how = "SSO";
        } else if (profile.property(ProfileProperty.ROLE_ARN).isPresent()) {
            how = "assume role";
        } else if (profile.property(ProfileProperty.CREDENTIAL_PROCESS).isPresent()) {
            how = "credential process";
        } else if (profile.property(ProfileProperty.WEB_IDENTITY_TOKEN_FILE).isPresent()) {
            how = "web identity";
        } else if (profile.property(ProfileProperty.AWS_ACCESS_KEY_ID).isPresent()) {
            how = "access keys";
        } else {
            how = "no credentials";
        }
        return profile.property(ProfileProperty.ENDPOINT_URL).map(url -> how + ", endpoint " + url).orElse(how);
    }
}
