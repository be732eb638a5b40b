package dev.berth.app;

import dev.berth.core.gateway.AwsConnections;
import dev.berth.core.gateway.Connection;
import dev.berth.core.model.CreateClusterRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs inside {@link PackagedAwsSupportIT}'s class loader, which holds the packaged berth.jar and no SDK: reaches
 * AWS as the app does, through {@link AwsLoader}. Only JDK types cross back to the test.
 */
public final class PackagedAwsProbe {
    private PackagedAwsProbe() {
    }

    /**
     * Creates the cluster {@code cluster} through the profile {@code profile}; returns the name of the class loader
     * AWS support came from, then the cluster ARNs the profile lists.
     */
    public static List<String> loaderAndClusters(Path cache, String profile, String cluster) {
        AwsConnections aws = new AwsLoader(cache).load();
        Connection connection = aws.available().stream().filter(c -> c.name().equals(profile)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no profile " + profile + " in " + aws.available()));
        List<String> result = new ArrayList<>();
        result.add(aws.getClass().getClassLoader().getName());
        try (AwsConnections.AwsConnection gateway = aws.open(connection, true)) {
            gateway.ecs().createCluster(CreateClusterRequest.named(cluster));
            result.addAll(gateway.ecs().listClusters(null, null).items());
        }
        return result;
    }
}
