package dev.berth.sim.elb;

import dev.berth.core.gateway.ElbGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.ClassicHealthCheck;
import dev.berth.core.model.ClassicListener;
import dev.berth.core.model.ClassicLoadBalancer;
import dev.berth.core.model.CreateClassicLoadBalancerRequest;
import dev.berth.core.model.CreateListenerRequest;
import dev.berth.core.model.CreateLoadBalancerRequest;
import dev.berth.core.model.CreateTargetGroupRequest;
import dev.berth.core.model.ElbAction;
import dev.berth.core.model.ElbAvailabilityZone;
import dev.berth.core.model.ElbLoadBalancer;
import dev.berth.core.model.InstanceState;
import dev.berth.core.model.Listener;
import dev.berth.core.model.Matcher;
import dev.berth.core.model.ModifyTargetGroupRequest;
import dev.berth.core.model.TargetDescription;
import dev.berth.core.model.TargetGroup;
import dev.berth.core.model.TargetGroupAttribute;
import dev.berth.core.model.TargetHealth;
import dev.berth.core.model.TargetHealthDescription;
import dev.berth.sim.AvailabilityZones;
import dev.berth.sim.SimContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The simulated Elastic Load Balancing of one world: Application, Network and Classic Load Balancers, listeners,
 * target groups and their targets' health on the virtual clock. Changes arrive as {@link ElbCommand}s so they are
 * journaled; ECS registers and deregisters its tasks through {@link #register} and {@link #deregister} as part of
 * its own commands and timed events.
 */
public final class ElbWorld {
    /** "Unique per region per account, at most 32 alphanumeric characters or hyphens, not starting or ending with one." */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,30}[A-Za-z0-9])?");
    private static final Duration PROVISIONING_MIN = Duration.ofSeconds(60);
    private static final Duration PROVISIONING_MAX = Duration.ofSeconds(180);
    private static final int DEFAULT_DEREGISTRATION_DELAY = 300;
    private static final String CLASSIC_PREFIX = "classic/";
    /** The sim's one VPC: the default VPC the demo subnets belong to. */
    static final String DEFAULT_VPC = "vpc-0e5c3b2a1d4f6a789";
    private static final Set<String> HTTP_PROTOCOLS = Set.of("HTTP", "HTTPS");
    private static final Set<String> NETWORK_PROTOCOLS = Set.of("TCP", "TLS", "UDP", "TCP_UDP");
    /** Route 53 zones of the load balancers' DNS names (Elastic Load Balancing endpoints and quotas). */
    private static final Map<String, String> APPLICATION_ZONES = Map.of("us-east-1", "Z35SXDOTRQ7X7K",
            "us-west-2", "Z1H1FL5HABSF5", "eu-west-1", "Z32O12XQLNTSW2");
    private static final Map<String, String> NETWORK_ZONES = Map.of("us-east-1", "Z26RNL4JYFTOTI",
            "us-west-2", "Z18D5FSROUN65G", "eu-west-1", "Z2IFOLAFXWLO4F");

    private final SimContext context;
    private final String region;
    private final String arnPrefix;
    private final HealthChecks checks;
    private final Map<String, BalancerState> balancers = new LinkedHashMap<>();
    private final Map<String, TargetGroupState> targetGroups = new LinkedHashMap<>();
    private final Map<String, Listener> listeners = new LinkedHashMap<>();
    private final Map<String, ClassicState> classics = new LinkedHashMap<>();

    /** {@code context} carries the ELB's own random stream, so load balancers do not shift ECS's history. */
    public ElbWorld(SimContext context) {
        this.context = context;
        this.region = context.settings().region();
        this.arnPrefix = "arn:aws:elasticloadbalancing:" + region + ":" + context.settings().accountId() + ":";
        this.checks = new HealthChecks(context);
    }

    /** Who answers health checks and who hears of target health changes: ECS, for its tasks. */
    public void answerWith(TargetProbe probe, TargetHealthObserver observer) {
        checks.answerWith(probe, observer);
    }

    public ElbLoadBalancer createLoadBalancer(CreateLoadBalancerRequest request) {
        checkName("Load balancer", request.name());
        if (request.name().startsWith("internal-")) {
            throw ElbErrors.validation("Load balancer name cannot begin with 'internal-'");
        }
        String type = request.type() == null ? "application" : request.type();
        if (!Set.of("application", "network").contains(type)) {
            throw ElbErrors.validation("Load balancer type '" + type + "' is not supported");
        }
        String scheme = request.scheme() == null ? "internet-facing" : request.scheme();
        if (!Set.of("internet-facing", "internal").contains(scheme)) {
            throw GatewayException.client("InvalidScheme", "Scheme '" + scheme + "' is not valid");
        }
        List<String> zones = request.subnets().stream().map(s -> AvailabilityZones.ofSubnet(region, s)).toList();
        if (request.subnets().isEmpty() || "application".equals(type) && zones.stream().distinct().count() < 2) {
            throw ElbErrors.validation("At least two subnets in two different Availability Zones must be specified");
        }
        Optional<BalancerState> existing = balancers.values().stream()
                .filter(b -> b.name.equals(request.name())).findFirst();
        if (existing.isPresent()) {
            if (existing.get().type.equals(type) && existing.get().scheme.equals(scheme)) {
                return existing.get().toLoadBalancer();
            }
            throw GatewayException.client("DuplicateLoadBalancerName", "A load balancer with the same name '"
                    + request.name() + "' exists, but with different settings");
        }
        String id = context.random().hex(16);
        boolean network = "network".equals(type);
        String arn = arnPrefix + "loadbalancer/" + (network ? "net/" : "app/") + request.name() + "/" + id;
        String internal = "internal".equals(scheme) ? "internal-" : "";
        String dnsName = network ? internal + request.name() + "-" + context.random().hex(16) + ".elb." + region
                + ".amazonaws.com"
                : internal + request.name() + "-" + context.random().digits(10) + "." + region + ".elb.amazonaws.com";
        List<ElbAvailabilityZone> nodes = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            nodes.add(new ElbAvailabilityZone(zones.get(i), request.subnets().get(i)));
        }
        BalancerState balancer = new BalancerState(arn, request.name(), type, scheme, dnsName,
                (network ? NETWORK_ZONES : APPLICATION_ZONES).get(region), DEFAULT_VPC, nodes,
                request.securityGroups(), request.ipAddressType() == null ? "ipv4" : request.ipAddressType(),
                context.now());
        balancers.put(arn, balancer);
        Duration provisioning = context.random().between(PROVISIONING_MIN, PROVISIONING_MAX);
        context.schedule(context.nowMillis() + provisioning.toMillis(), () -> {
            if (balancers.get(arn) == balancer) {
                balancer.state = "active";
                groupsOf(arn).forEach(this::refreshUse);
            }
        });
        return balancer.toLoadBalancer();
    }

    public List<ElbLoadBalancer> describeLoadBalancers(List<String> arns, List<String> names) {
        List<BalancerState> found = new ArrayList<>();
        if (arns != null && !arns.isEmpty()) {
            arns.forEach(arn -> found.add(balancer(arn)));
        } else if (names != null && !names.isEmpty()) {
            for (String name : names) {
                found.add(balancers.values().stream().filter(b -> b.name.equals(name)).findFirst()
                        .orElseThrow(ElbErrors::loadBalancerNotFound));
            }
        } else {
            found.addAll(balancers.values());
        }
        return found.stream().map(BalancerState::toLoadBalancer).toList();
    }

    public void deleteLoadBalancer(String arn) {
        List<TargetGroupState> used = groupsOf(arn);
        listeners.values().removeIf(l -> l.loadBalancerArn().equals(arn));
        balancers.remove(arn);
        used.forEach(this::refreshUse);
    }

    public TargetGroup createTargetGroup(CreateTargetGroupRequest request) {
        checkName("Target group", request.name());
        String targetType = request.targetType() == null ? "instance" : request.targetType();
        if (!Set.of("instance", "ip").contains(targetType)) {
            throw ElbErrors.validation("Target type '" + targetType + "' is not supported by the simulator");
        }
        if (request.protocol() == null) {
            throw ElbErrors.validation("A protocol must be specified");
        }
        if (!HTTP_PROTOCOLS.contains(request.protocol()) && !NETWORK_PROTOCOLS.contains(request.protocol())) {
            throw ElbErrors.validation("Protocol '" + request.protocol() + "' is not supported");
        }
        if (request.port() == null || request.port() < 1 || request.port() > 65535) {
            throw ElbErrors.validation("A port between 1 and 65535 must be specified");
        }
        boolean http = HTTP_PROTOCOLS.contains(request.protocol());
        String healthProtocol = request.healthCheckProtocol() != null ? request.healthCheckProtocol()
                : http ? request.protocol() : "TCP";
        boolean httpCheck = HTTP_PROTOCOLS.contains(healthProtocol);
        int interval = within("Health check interval", request.healthCheckIntervalSeconds(), 30, 5, 300);
        int timeout = within("Health check timeout", request.healthCheckTimeoutSeconds(),
                "HTTP".equals(healthProtocol) ? 6 : 10, 2, 120);
        if (timeout >= interval) {
            throw ElbErrors.validation("Health check interval must be greater than the timeout.");
        }
        int healthy = within("Healthy threshold", request.healthyThresholdCount(), 5, 2, 10);
        int unhealthy = within("Unhealthy threshold", request.unhealthyThresholdCount(), 2, 2, 10);
        Optional<TargetGroupState> existing = targetGroups.values().stream()
                .filter(g -> g.name.equals(request.name())).findFirst();
        if (existing.isPresent()) {
            TargetGroupState group = existing.get();
            if (group.protocol.equals(request.protocol()) && Objects.equals(group.port, request.port())
                    && group.targetType.equals(targetType)) {
                return describe(group);
            }
            throw GatewayException.client("DuplicateTargetGroupName", "A target group with the same name '"
                    + request.name() + "' exists, but with different settings");
        }
        String arn = arnPrefix + "targetgroup/" + request.name() + "/" + context.random().hex(16);
        TargetGroupState group = new TargetGroupState(arn, request.name(), request.protocol(), request.port(),
                request.vpcId() == null ? DEFAULT_VPC : request.vpcId(), targetType, healthProtocol,
                request.healthCheckPort() == null ? "traffic-port" : request.healthCheckPort(),
                httpCheck ? (request.healthCheckPath() == null ? "/" : request.healthCheckPath()) : null,
                interval, timeout, healthy, unhealthy,
                httpCheck ? (request.matcher() == null ? new Matcher("200") : request.matcher()) : null,
                DEFAULT_DEREGISTRATION_DELAY);
        targetGroups.put(arn, group);
        return describe(group);
    }

    public List<TargetGroup> describeTargetGroups(String loadBalancerArn, List<String> arns, List<String> names) {
        List<TargetGroupState> found = new ArrayList<>();
        if (loadBalancerArn != null) {
            balancer(loadBalancerArn);
            found.addAll(groupsOf(loadBalancerArn));
        } else if (arns != null && !arns.isEmpty()) {
            arns.forEach(arn -> found.add(group(arn)));
        } else if (names != null && !names.isEmpty()) {
            for (String name : names) {
                found.add(targetGroups.values().stream().filter(g -> g.name.equals(name)).findFirst()
                        .orElseThrow(ElbErrors::targetGroupNotFound));
            }
        } else {
            found.addAll(targetGroups.values());
        }
        return found.stream().map(this::describe).toList();
    }

    /** The target group with this ARN, or empty; for ECS's checks of a service's load balancers. */
    public Optional<TargetGroup> targetGroup(String arn) {
        return Optional.ofNullable(targetGroups.get(arn)).map(this::describe);
    }

    public void deleteTargetGroup(String arn) {
        TargetGroupState group = targetGroups.get(arn);
        if (group == null) {
            return;
        }
        if (!loadBalancersOf(group).isEmpty()) {
            throw GatewayException.client("ResourceInUse", "Target group '" + arn
                    + "' is currently in use by a listener or a rule");
        }
        targetGroups.remove(arn);
        group.targets.values().forEach(t -> checks.removed(group, t));
    }

    /**
     * ModifyTargetGroup: the health check settings given replace the group's, all checked before any changes; the
     * next scheduled check of each target uses them. Turning an HTTP check into a TCP one drops its path and
     * matcher; the other way round they take AWS's defaults.
     */
    public TargetGroup modifyTargetGroup(ModifyTargetGroupRequest request) {
        TargetGroupState group = group(request.targetGroupArn());
        boolean httpGroup = HTTP_PROTOCOLS.contains(group.protocol);
        String protocol = request.healthCheckProtocol() == null ? group.healthCheckProtocol
                : request.healthCheckProtocol();
        if (httpGroup ? !HTTP_PROTOCOLS.contains(protocol) : !Set.of("TCP", "HTTP", "HTTPS").contains(protocol)) {
            throw ElbErrors.validation("Health check protocol '" + protocol + "' is not supported for target "
                    + "groups with the " + group.protocol + " protocol");
        }
        boolean httpCheck = HTTP_PROTOCOLS.contains(protocol);
        String port = request.healthCheckPort() == null ? group.healthCheckPort : request.healthCheckPort();
        if (!"traffic-port".equals(port)) {
            within("Health check port", parse(port), 0, 1, 65535);
        }
        if (Boolean.FALSE.equals(request.healthCheckEnabled())) {
            throw ElbErrors.validation("Health checks cannot be disabled for target groups with target type '"
                    + group.targetType + "'");
        }
        String path = request.healthCheckPath();
        if (path != null && !httpCheck) {
            throw ElbErrors.validation("A health check path is not supported for the " + protocol
                    + " health check protocol");
        }
        if (path != null && (path.isEmpty() || path.length() > 1024 || !path.startsWith("/"))) {
            throw ElbErrors.validation("Health check path '" + path + "' is not valid: it must begin with '/' and "
                    + "be at most 1024 characters");
        }
        Matcher matcher = request.matcher();
        if (matcher != null && !httpCheck) {
            throw ElbErrors.validation("A success code matcher is not supported for the " + protocol
                    + " health check protocol");
        }
        if (matcher != null && !SuccessCodes.valid(matcher.httpCode())) {
            throw ElbErrors.validation("HTTP code matcher '" + matcher.httpCode() + "' is not valid: use codes from "
                    + "200 to 499, such as 200, 200,202 or 200-299");
        }
        int interval = within("Health check interval", request.healthCheckIntervalSeconds(), group.intervalSeconds,
                5, 300);
        int timeout = within("Health check timeout", request.healthCheckTimeoutSeconds(), group.timeoutSeconds, 2,
                120);
        if (timeout >= interval) {
            throw ElbErrors.validation("Health check interval must be greater than the timeout.");
        }
        int healthy = within("Healthy threshold", request.healthyThresholdCount(), group.healthyThreshold, 2, 10);
        int unhealthy = within("Unhealthy threshold", request.unhealthyThresholdCount(), group.unhealthyThreshold,
                2, 10);
        group.healthCheckProtocol = protocol;
        group.healthCheckPort = port;
        group.healthCheckPath = !httpCheck ? null : path != null ? path
                : group.healthCheckPath == null ? "/" : group.healthCheckPath;
        group.matcher = !httpCheck ? null : matcher != null ? matcher
                : group.matcher == null ? new Matcher("200") : group.matcher;
        group.intervalSeconds = interval;
        group.timeoutSeconds = timeout;
        group.healthyThreshold = healthy;
        group.unhealthyThreshold = unhealthy;
        return describe(group);
    }

    public List<TargetGroupAttribute> describeTargetGroupAttributes(String arn) {
        return group(arn).attributeList();
    }

    public List<TargetGroupAttribute> modifyTargetGroupAttributes(String arn, List<TargetGroupAttribute> attributes) {
        TargetGroupState group = group(arn);
        for (TargetGroupAttribute attribute : attributes) {
            if (!group.attributes.containsKey(attribute.key())) {
                throw ElbErrors.validation("Target group attribute key '" + attribute.key() + "' is not recognized");
            }
            if (ElbGateway.DEREGISTRATION_DELAY.equals(attribute.key())) {
                within("Deregistration delay", parse(attribute.value()), 0, 0, 3600);
            }
        }
        attributes.forEach(a -> group.attributes.put(a.key(), a.value()));
        return group.attributeList();
    }

    public Listener createListener(CreateListenerRequest request) {
        BalancerState balancer = balancer(request.loadBalancerArn());
        String protocol = request.protocol() != null ? request.protocol() : balancer.isNetwork() ? "TCP" : "HTTP";
        Set<String> allowed = balancer.isNetwork() ? NETWORK_PROTOCOLS : HTTP_PROTOCOLS;
        if (!allowed.contains(protocol)) {
            throw GatewayException.client("UnsupportedProtocol", "Protocol '" + protocol
                    + "' is not supported for load balancers of type '" + balancer.type + "'");
        }
        if (request.port() == null || request.port() < 1 || request.port() > 65535) {
            throw ElbErrors.validation("A listener port between 1 and 65535 must be specified");
        }
        if (request.defaultActions().isEmpty()) {
            throw ElbErrors.validation("A listener must have at least one default action");
        }
        boolean taken = listeners.values().stream()
                .anyMatch(l -> l.loadBalancerArn().equals(balancer.arn) && l.port() == request.port());
        if (taken) {
            throw GatewayException.client("DuplicateListener", "A listener already exists on this port for this "
                    + "load balancer '" + balancer.arn + "'");
        }
        for (ElbAction action : request.defaultActions()) {
            if (!"forward".equals(action.type())) {
                throw GatewayException.client("InvalidLoadBalancerAction", "Action type '" + action.type()
                        + "' is not supported by the simulator");
            }
            TargetGroupState group = group(action.targetGroupArn());
            if (!allowed.contains(group.protocol)) {
                throw GatewayException.client("IncompatibleProtocols", "Listener protocol '" + protocol
                        + "' is not supported with a target group with the protocol '" + group.protocol + "'");
            }
            boolean elsewhere = loadBalancersOf(group).stream().anyMatch(arn -> !arn.equals(balancer.arn));
            if (elsewhere) {
                throw GatewayException.client("TargetGroupAssociationLimit", "The following target groups cannot "
                        + "be associated with more than one load balancer: " + group.key);
            }
        }
        String id = context.random().hex(16);
        String arn = balancer.arn.replace(":loadbalancer/", ":listener/") + "/" + id;
        Listener listener = new Listener(arn, balancer.arn, request.port(), protocol, request.defaultActions());
        listeners.put(arn, listener);
        request.defaultActions().forEach(a -> refreshUse(targetGroups.get(a.targetGroupArn())));
        return listener;
    }

    public List<Listener> describeListeners(String loadBalancerArn, List<String> listenerArns) {
        if (loadBalancerArn != null) {
            balancer(loadBalancerArn);
            return listeners.values().stream().filter(l -> l.loadBalancerArn().equals(loadBalancerArn)).toList();
        }
        List<Listener> found = new ArrayList<>();
        for (String arn : listenerArns == null ? List.<String>of() : listenerArns) {
            Listener listener = listeners.get(arn);
            if (listener == null) {
                throw ElbErrors.listenerNotFound();
            }
            found.add(listener);
        }
        return found;
    }

    public void deleteListener(String arn) {
        Listener removed = listeners.remove(arn);
        if (removed == null) {
            throw ElbErrors.listenerNotFound();
        }
        removed.defaultActions().forEach(a -> refreshUse(targetGroups.get(a.targetGroupArn())));
    }

    public void registerTargets(String arn, List<TargetDescription> targets) {
        TargetGroupState group = group(arn);
        for (TargetDescription target : targets) {
            checkTarget(group, target);
        }
        for (TargetDescription target : targets) {
            register(arn, target.id(), target.port() == null ? group.port : target.port(), target.availabilityZone());
        }
    }

    public void deregisterTargets(String arn, List<TargetDescription> targets) {
        TargetGroupState group = group(arn);
        for (TargetDescription target : targets) {
            int port = target.port() == null ? group.port : target.port();
            if (!group.targets.containsKey(RegisteredTarget.key(target.id(), port))) {
                throw GatewayException.client("InvalidTarget", "The specified targets are not registered with "
                        + "target group '" + arn + "'");
            }
        }
        targets.forEach(t -> deregister(arn, t.id(), t.port() == null ? group.port : t.port()));
    }

    public List<TargetHealthDescription> describeTargetHealth(String arn, List<TargetDescription> targets) {
        TargetGroupState group = group(arn);
        if (targets == null || targets.isEmpty()) {
            return group.targets.values().stream().map(RegisteredTarget::toDescription).toList();
        }
        List<TargetHealthDescription> found = new ArrayList<>();
        for (TargetDescription target : targets) {
            int port = target.port() == null ? group.port : target.port();
            RegisteredTarget registered = group.targets.get(RegisteredTarget.key(target.id(), port));
            found.add(registered != null ? registered.toDescription()
                    : new TargetHealthDescription(new TargetDescription(target.id(), port, null),
                    String.valueOf(port), new TargetHealth("unused", "Target.NotRegistered",
                    "Target is not registered to the target group")));
        }
        return found;
    }

    /**
     * Registers a target with a target group (by ARN, or a Classic Load Balancer's {@link #classicKey}); registering
     * one that is draining makes it new again, registering one already registered changes nothing.
     */
    public void register(String groupKey, String id, int port, String availabilityZone) {
        TargetGroupState group = groupByKey(groupKey);
        RegisteredTarget existing = group.targets.get(RegisteredTarget.key(id, port));
        if (existing != null && !existing.isDraining()) {
            return;
        }
        RegisteredTarget target = new RegisteredTarget(id, port, availabilityZone);
        group.targets.put(RegisteredTarget.key(id, port), target);
        begin(group, target);
    }

    /**
     * Deregisters a target: it drains for the group's deregistration delay (at once when the group takes no
     * traffic), then it is gone. Answers when the draining ends, in virtual milliseconds.
     */
    public long deregister(String groupKey, String id, int port) {
        TargetGroupState group = groupByKey(groupKey);
        RegisteredTarget target = group.targets.get(RegisteredTarget.key(id, port));
        if (target == null || target.isDraining()) {
            return context.nowMillis();
        }
        boolean inUse = isClassic(group) || inUse(group) != null;
        long delayMillis = inUse ? group.deregistrationDelaySeconds() * 1000L : 0;
        if (delayMillis == 0) {
            group.targets.remove(RegisteredTarget.key(id, port));
            checks.removed(group, target);
            return context.nowMillis();
        }
        checks.draining(group, target);
        long until = context.nowMillis() + delayMillis;
        context.schedule(until, () -> {
            if (group.targets.get(RegisteredTarget.key(id, port)) == target && target.isDraining()) {
                group.targets.remove(RegisteredTarget.key(id, port));
                checks.removed(group, target);
            }
        });
        return until;
    }

    public String createClassicLoadBalancer(CreateClassicLoadBalancerRequest request) {
        checkName("Load balancer", request.loadBalancerName());
        if (request.listeners().isEmpty()) {
            throw ElbErrors.validation("At least one listener must be specified");
        }
        if (request.subnets().isEmpty()) {
            throw ElbErrors.validation("At least one subnet must be specified");
        }
        ClassicState existing = classics.get(request.loadBalancerName());
        if (existing != null) {
            if (existing.listeners.equals(request.listeners())) {
                return existing.dnsName;
            }
            throw GatewayException.client("DuplicateLoadBalancerName", "Load balancer name '"
                    + request.loadBalancerName() + "' already exists but has different listeners");
        }
        String scheme = request.scheme() == null ? "internet-facing" : request.scheme();
        String internal = "internal".equals(scheme) ? "internal-" : "";
        String dnsName = internal + request.loadBalancerName() + "-" + context.random().digits(10) + "." + region
                + ".elb.amazonaws.com";
        ClassicListener first = request.listeners().get(0);
        // The Classic API's default check: TCP to the first listener's instance port.
        ClassicHealthCheck check = new ClassicHealthCheck("TCP:" + first.instancePort(), 30, 5, 2, 10);
        TargetGroupState instances = new TargetGroupState(classicKey(request.loadBalancerName()),
                request.loadBalancerName(), "TCP", first.instancePort(), DEFAULT_VPC, "instance", "TCP",
                "traffic-port", null, check.interval(), check.timeout(), check.healthyThreshold(),
                check.unhealthyThreshold(), null, 0);
        List<String> zones = request.subnets().stream().map(s -> AvailabilityZones.ofSubnet(region, s)).distinct()
                .toList();
        classics.put(request.loadBalancerName(), new ClassicState(request.loadBalancerName(), dnsName,
                APPLICATION_ZONES.get(region), request.listeners(), check, zones, request.subnets(),
                request.securityGroups(), DEFAULT_VPC, scheme, context.now(), instances));
        return dnsName;
    }

    public List<ClassicLoadBalancer> describeClassicLoadBalancers(List<String> names) {
        if (names == null || names.isEmpty()) {
            return classics.values().stream().map(ClassicState::toClassicLoadBalancer).toList();
        }
        return names.stream().map(n -> classic(n).toClassicLoadBalancer()).toList();
    }

    /** Whether a Classic Load Balancer of this name exists; for ECS's checks of a service's load balancers. */
    public boolean hasClassicLoadBalancer(String name) {
        return classics.containsKey(name);
    }

    public void deleteClassicLoadBalancer(String name) {
        ClassicState removed = classics.remove(name);
        if (removed != null) {
            removed.instances.targets.values().forEach(t -> checks.removed(removed.instances, t));
        }
    }

    public List<InstanceState> describeClassicInstanceHealth(String name, List<String> instances) {
        ClassicState classic = classic(name);
        return classic.instances.targets.values().stream()
                .filter(t -> instances == null || instances.isEmpty() || instances.contains(t.id))
                .map(ClassicState::instanceState).toList();
    }

    /** How ECS names a Classic Load Balancer's instances when it registers tasks with it. */
    public static String classicKey(String loadBalancerName) {
        return CLASSIC_PREFIX + loadBalancerName;
    }

    /** A Classic Load Balancer is active from its creation and always takes traffic to its instances. */
    private void begin(TargetGroupState group, RegisteredTarget target) {
        if (isClassic(group)) {
            checks.startRegistration(group, target, false);
            return;
        }
        BalancerState balancer = inUse(group);
        if (balancer != null && balancer.isActive()) {
            checks.startRegistration(group, target, balancer.isNetwork());
        } else {
            checks.waitFor(group, target, balancer != null);
        }
    }

    /** A load balancer came, went or became active: each target's checks start or stop accordingly. */
    private void refreshUse(TargetGroupState group) {
        if (group == null) {
            return;
        }
        BalancerState balancer = inUse(group);
        boolean active = balancer != null && balancer.isActive();
        for (RegisteredTarget target : group.targets.values()) {
            if (target.isDraining() || active && target.nextCheck != null) {
                continue;
            }
            begin(group, target);
        }
    }

    /** The load balancer whose traffic the group receives, or null. */
    private BalancerState inUse(TargetGroupState group) {
        return loadBalancersOf(group).stream().map(balancers::get).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    private static boolean isClassic(TargetGroupState group) {
        return group.key.startsWith(CLASSIC_PREFIX);
    }

    private List<String> loadBalancersOf(TargetGroupState group) {
        return listeners.values().stream()
                .filter(l -> l.defaultActions().stream().anyMatch(a -> group.key.equals(a.targetGroupArn())))
                .map(Listener::loadBalancerArn).distinct().toList();
    }

    private List<TargetGroupState> groupsOf(String loadBalancerArn) {
        return listeners.values().stream().filter(l -> l.loadBalancerArn().equals(loadBalancerArn))
                .flatMap(l -> l.defaultActions().stream()).map(a -> targetGroups.get(a.targetGroupArn()))
                .filter(Objects::nonNull).distinct().toList();
    }

    private TargetGroup describe(TargetGroupState group) {
        return group.toTargetGroup(loadBalancersOf(group));
    }

    private BalancerState balancer(String arn) {
        BalancerState balancer = arn == null ? null : balancers.get(arn);
        if (balancer == null) {
            throw ElbErrors.loadBalancerNotFound();
        }
        return balancer;
    }

    private TargetGroupState group(String arn) {
        TargetGroupState group = arn == null ? null : targetGroups.get(arn);
        if (group == null) {
            throw ElbErrors.targetGroupNotFound();
        }
        return group;
    }

    private TargetGroupState groupByKey(String key) {
        if (key.startsWith(CLASSIC_PREFIX)) {
            return classic(key.substring(CLASSIC_PREFIX.length())).instances;
        }
        return group(key);
    }

    private ClassicState classic(String name) {
        ClassicState classic = classics.get(name);
        if (classic == null) {
            throw ElbErrors.classicNotFound(name);
        }
        return classic;
    }

    private static void checkTarget(TargetGroupState group, TargetDescription target) {
        boolean valid = "ip".equals(group.targetType) ? target.id().matches("\\d{1,3}(\\.\\d{1,3}){3}")
                : target.id().startsWith("i-");
        if (!valid) {
            throw GatewayException.client("InvalidTarget", "The following targets are not valid for target type '"
                    + group.targetType + "': '" + target.id() + "'");
        }
    }

    private static void checkName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ElbErrors.validation(what + " name '" + name + "' is not valid: at most 32 alphanumeric "
                    + "characters or hyphens, not beginning or ending with a hyphen");
        }
    }

    private static int within(String what, Integer value, int defaultValue, int min, int max) {
        int chosen = value == null ? defaultValue : value;
        if (chosen < min || chosen > max) {
            throw ElbErrors.validation(what + " must be between " + min + " and " + max);
        }
        return chosen;
    }

    private static Integer parse(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw ElbErrors.validation("'" + value + "' is not a whole number");
        }
    }
}
