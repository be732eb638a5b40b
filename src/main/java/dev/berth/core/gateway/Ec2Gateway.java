package dev.berth.core.gateway;

import dev.berth.core.model.Ec2Filter;
import dev.berth.core.model.Ec2Instance;
import dev.berth.core.model.Page;

import java.util.List;

/**
 * Amazon EC2's instances, as far as Berth reads them: an EKS managed node group's nodes and the instances behind them
 * are EC2 instances tagged with the cluster's and node group's names. Every method throws {@link GatewayException}
 * with EC2's error codes ({@code InvalidParameterValue}, ...).
 */
public interface Ec2Gateway {

    /**
     * The instances every filter matches, reservations flattened. {@code maxResults} 5 to 1000; null: all of them in
     * one answer, as EC2 gives them without a page size.
     */
    Page<Ec2Instance> describeInstances(List<Ec2Filter> filters, String nextToken, Integer maxResults);
}
