package dev.berth.core.gateway;

import java.util.List;

/**
 * The backends the app can show, and the switch between them: the views keep their gateway and see the new
 * backend on their next refresh. Listing reads local files only; connecting may reach the network, so neither is
 * called on the FX thread.
 */
public interface Connections {

    /** Simulator worlds, AWS profiles, and the environment's credentials if it has some. */
    List<Connection> available();

    /** Regions an AWS connection can use (where ECS is offered). */
    List<String> regions();

    Connection current();

    /** Closes the current backend and opens {@code connection}; throws {@link GatewayException} if it cannot. */
    void connect(Connection connection);
}
