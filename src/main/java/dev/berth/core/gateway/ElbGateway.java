package dev.berth.core.gateway;

import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.Listener;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealthDescription;

import java.util.List;

/**
 * Elastic Load Balancing, one method per API operation: Application and Network Load Balancers (ELB v2, 2015-12-01)
 * and, through the methods named {@code classic}, Classic Load Balancers (2012-06-01). Load balancers, target groups
 * and listeners are named by ARN as ELB v2 names them; Classic Load Balancers by name. Errors carry the ELB API's
 * codes ({@code LoadBalancerNotFound}, {@code TargetGroupNotFound}, ...). Every method throws
 * {@link GatewayException}.
 */
public interface ElbGateway {

    /** The deregistration delay's attribute key; AWS's default is 300 seconds. */
    String DEREGISTRATION_DELAY = "deregistration_delay.timeout_seconds";

    /** Idempotent for the same settings; a load balancer starts {@code provisioning}, then becomes {@code active}. */
    ElbLoadBalancer createLoadBalancer(CreateLoadBalancerRequest request);

    /** Both lists empty: every load balancer. Unknown ARNs or names: LoadBalancerNotFound. */
    List<ElbLoadBalancer> describeLoadBalancers(List<String> loadBalancerArns, List<String> names);

    /** Deletes the load balancer and its listeners; its target groups stay. Unknown ARNs succeed, as on AWS. */
    void deleteLoadBalancer(String loadBalancerArn);

    /** Idempotent for the same settings. */
    TargetGroup createTargetGroup(CreateTargetGroupRequest request);

    /** Filters by load balancer, by ARNs or by names; all null or empty: every target group. */
    List<TargetGroup> describeTargetGroups(String loadBalancerArn, List<String> targetGroupArns, List<String> names);

    /** Refused (ResourceInUse) while a listener forwards to it. */
    void deleteTargetGroup(String targetGroupArn);

    List<TargetGroupAttribute> describeTargetGroupAttributes(String targetGroupArn);

    List<TargetGroupAttribute> modifyTargetGroupAttributes(String targetGroupArn, List<TargetGroupAttribute> attributes);

    Listener createListener(CreateListenerRequest request);

    /** By load balancer or by listener ARNs. */
    List<Listener> describeListeners(String loadBalancerArn, List<String> listenerArns);

    void deleteListener(String listenerArn);

    void registerTargets(String targetGroupArn, List<TargetDescription> targets);

    /** Registered targets drain for the group's deregistration delay before they are gone. */
    void deregisterTargets(String targetGroupArn, List<TargetDescription> targets);

    /** {@code targets} empty: every registered target; a named target that is not registered is {@code unused}. */
    List<TargetHealthDescription> describeTargetHealth(String targetGroupArn, List<TargetDescription> targets);

    /** CreateLoadBalancer of the Classic API; answers the load balancer's DNS name, as AWS does. */
    String createClassicLoadBalancer(CreateClassicLoadBalancerRequest request);

    /** {@code names} empty: every Classic Load Balancer. Unknown names: LoadBalancerNotFound. */
    List<ClassicLoadBalancer> describeClassicLoadBalancers(List<String> names);

    void deleteClassicLoadBalancer(String loadBalancerName);

    /** DescribeInstanceHealth of the Classic API; {@code instances} empty: every registered instance. */
    List<InstanceState> describeClassicInstanceHealth(String loadBalancerName, List<String> instances);

    /**
     * ModifyTargetGroup: changes the health check settings given (null members stay); the next health check uses
     * them. Out-of-range values, a timeout not below the interval and a path on a TCP check are ValidationError.
     */
    TargetGroup modifyTargetGroup(ModifyTargetGroupRequest request);
}
