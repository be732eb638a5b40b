package dev.berth.core.gateway;

import java.util.List;

/**
 * Real AWS as the app reaches it: the connections this machine offers and a gateway for one of them. The app finds
 * the implementation at run time (the SDK is loaded only once AWS is used), so it meets it only through this type.
 */
public interface AwsConnections {

    /** Every AWS profile, and the environment's credentials if it has some. */
    List<Connection> available();

    /** Regions an AWS connection can use (where ECS is offered). */
    List<String> regions();

    /** A gateway for {@code connection}, read-only unless {@code writesAllowed}; nothing is called on AWS yet. */
    AwsConnection open(Connection connection, boolean writesAllowed);

    /** A gateway to AWS, holding HTTP connections and threads until closed. */
    interface AwsConnection extends Gateway, AutoCloseable {
        @Override
        void close();
    }
}
