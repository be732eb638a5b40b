package dev.berth.sim.apprunner;

import dev.berth.core.gateway.AppRunnerGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AppRunnerService;
import dev.berth.core.model.AppRunnerServiceMetrics;
import dev.berth.core.model.AppRunnerServiceResponse;
import dev.berth.core.model.AutoScalingConfiguration;
import dev.berth.core.model.AutoScalingConfigurationSummary;
import dev.berth.core.model.CreateAppRunnerServiceRequest;
import dev.berth.core.model.CreateAutoScalingConfigurationRequest;
import dev.berth.core.model.Metric;
import dev.berth.core.model.MetricDataResult;
import dev.berth.core.model.OperationSummary;
import dev.berth.core.model.Page;
import dev.berth.core.model.ServiceSummary;
import dev.berth.core.model.UpdateAppRunnerServiceRequest;
import dev.berth.sim.SimContext;
import dev.berth.sim.SimRandom;
import dev.berth.sim.WorldSettings;
import dev.berth.sim.ecs.ImageRegistry;
import dev.berth.sim.ecs.Pager;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The simulated App Runner of one world (AWS-BEHAVIOUR.md §5). Services run an image with a size AWS offers; every
 * change is an operation that holds the service in OPERATION_IN_PROGRESS for a simulated while (create about 4 min,
 * update, pause and resume about 2, delete about 1) and then ends it: RUNNING, PAUSED, DELETED, or CREATE_FAILED
 * when the image cannot be pulled (an update that cannot pull rolls back). Traffic is simulated every minute and
 * sets the instances within the auto scaling configuration. Draws only on its own random stream, derived from the
 * world's seed, so App Runner never changes the history of the other services. Mutations arrive through
 * {@link AppRunnerCommand}s so they are journaled.
 */
public final class AppRunnerWorld {
    /** How often traffic and instances are simulated. */
    public static final Duration METRICS_PERIOD = Duration.ofMinutes(1);
    private static final String ACTIVE_INSTANCES = "ActiveInstances";
    private static final String CONCURRENCY = "Concurrency";
    /** A page size that takes everything: App Runner answers in one page when MaxResults is not given. */
    static final int ALL = Integer.MAX_VALUE;
    /** Mixed into the world's seed for this engine's stream ("AppRunnr" in ASCII). */
    private static final long STREAM = 0x41707052756e6e72L;
    private static final int SERVICES_QUOTA = 30;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-_]{3,39}");
    private static final char[] URL_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final SimContext context;
    private final SimRandom random;
    private final ImageRegistry images;
    private final String arnPrefix;
    private final AutoScalingConfigurations scaling;
    private final ServiceRules rules;
    private final Map<String, ServiceState> services = new LinkedHashMap<>();
    private AppRunnerCustomer customer = AppRunnerCustomer.EXISTING;

    public AppRunnerWorld(SimContext context, ImageRegistry images) {
        WorldSettings settings = context.settings();
        this.context = context;
        this.random = new SimRandom(settings.seed() ^ STREAM);
        this.images = images;
        this.arnPrefix = "arn:aws:apprunner:" + settings.region() + ":" + settings.accountId() + ":";
        this.scaling = new AutoScalingConfigurations(context, random, arnPrefix, this::inUse);
        this.rules = new ServiceRules(scaling);
        scheduleMetrics(settings.start().toEpochMilli() + METRICS_PERIOD.toMillis());
    }

    public AppRunnerServiceResponse createService(CreateAppRunnerServiceRequest request) {
        if (customer == AppRunnerCustomer.NEW) {
            throw AppRunnerErrors.closedToNewCustomers();
        }
        String name = request.serviceName();
        if (name == null || !NAME.matcher(name).matches()) {
            throw AppRunnerErrors.constraint("serviceName", name,
                    "Member must satisfy regular expression pattern: " + NAME.pattern());
        }
        ServiceState.Configuration configuration = rules.configuration(request.sourceConfiguration(),
                request.instanceConfiguration(), request.healthCheckConfiguration(),
                request.autoScalingConfigurationArn() == null ? scaling.defaultArn()
                        : request.autoScalingConfigurationArn());
        if (services.values().stream().anyMatch(s -> !s.deleted() && s.name.equals(name))) {
            throw AppRunnerErrors.invalidRequest("Service with the provided name already exists: " + name);
        }
        if (services.values().stream().filter(s -> !s.deleted()).count() >= SERVICES_QUOTA) {
            throw AppRunnerErrors.quotaExceeded("You have reached the maximum number of services ("
                    + SERVICES_QUOTA + ") for your account in " + context.settings().region() + ".");
        }
        String id = random.hex(32);
        ServiceState service = new ServiceState(name, id, arnPrefix + "service/" + name + "/" + id, url(),
                context.now(), new RequestLoad(random), configuration);
        services.put(service.arn, service);
        Operation operation = start(service, "CREATE_SERVICE", between(200, 300), () -> finishDeploy(service, null));
        return response(service, operation);
    }

    public AppRunnerService describeService(String serviceArn) {
        return view(find(serviceArn));
    }

    public Page<ServiceSummary> listServices(String nextToken, Integer maxResults) {
        List<ServiceSummary> summaries = services.values().stream().filter(s -> !s.deleted())
                .map(s -> view(s).summary()).toList();
        return page(summaries, nextToken, pageSize(maxResults, AppRunnerGateway.LIST_LIMIT));
    }

    public AppRunnerServiceResponse updateService(UpdateAppRunnerServiceRequest request) {
        ServiceState service = find(request.serviceArn());
        if (!"RUNNING".equals(service.status) && !"CREATE_FAILED".equals(service.status)) {
            throw AppRunnerErrors.invalidState("Service can be updated only when it's RUNNING, or CREATE_FAILED to "
                    + "rebuild it. Its status is " + service.status + ".");
        }
        ServiceState.Configuration before = service.configuration;
        service.configuration = rules.configuration(
                request.sourceConfiguration() == null ? before.source() : request.sourceConfiguration(),
                request.instanceConfiguration() == null ? before.instance() : request.instanceConfiguration(),
                request.healthCheckConfiguration() == null ? before.health() : request.healthCheckConfiguration(),
                request.autoScalingConfigurationArn() == null ? before.autoScalingConfigurationArn()
                        : request.autoScalingConfigurationArn());
        boolean rebuild = "CREATE_FAILED".equals(service.status);
        Operation operation = start(service, "UPDATE_SERVICE", between(90, 150),
                () -> finishDeploy(service, rebuild ? null : before));
        return response(service, operation);
    }

    public AppRunnerServiceResponse deleteService(String serviceArn) {
        ServiceState service = find(serviceArn);
        if (service.deleted() || "OPERATION_IN_PROGRESS".equals(service.status)) {
            throw AppRunnerErrors.invalidState("Service can't be deleted while its status is " + service.status
                    + ".");
        }
        Operation operation = start(service, "DELETE_SERVICE", between(45, 90), () -> {
            service.serving = false;
            service.deletedAt = context.now();
            end(service, "DELETED");
            return "SUCCEEDED";
        });
        return response(service, operation);
    }

    public AppRunnerServiceResponse pauseService(String serviceArn) {
        ServiceState service = find(serviceArn);
        if (!"RUNNING".equals(service.status)) {
            throw AppRunnerErrors.invalidState("Service can be paused only when it's RUNNING. Its status is "
                    + service.status + ".");
        }
        Operation operation = start(service, "PAUSE_SERVICE", between(90, 150), () -> {
            service.serving = false;
            end(service, "PAUSED");
            return "SUCCEEDED";
        });
        return response(service, operation);
    }

    public AppRunnerServiceResponse resumeService(String serviceArn) {
        ServiceState service = find(serviceArn);
        if (!"PAUSED".equals(service.status)) {
            throw AppRunnerErrors.invalidState("Service can be resumed only when it's PAUSED. Its status is "
                    + service.status + ".");
        }
        Operation operation = start(service, "RESUME_SERVICE", between(90, 150), () -> {
            service.serving = true;
            end(service, "RUNNING");
            return "SUCCEEDED";
        });
        return response(service, operation);
    }

    public Page<OperationSummary> listOperations(String serviceArn, String nextToken, Integer maxResults) {
        ServiceState service = find(serviceArn);
        List<OperationSummary> operations = service.operations.stream().map(o -> o.summary(service.arn)).toList();
        return page(operations, nextToken, pageSize(maxResults, AppRunnerGateway.LIST_LIMIT));
    }

    public AutoScalingConfiguration createAutoScalingConfiguration(CreateAutoScalingConfigurationRequest request) {
        return scaling.create(request);
    }

    public AutoScalingConfiguration describeAutoScalingConfiguration(String arn) {
        return scaling.describe(arn);
    }

    public Page<AutoScalingConfigurationSummary> listAutoScalingConfigurations(String name, boolean latestOnly,
                                                                               String nextToken, Integer maxResults) {
        return scaling.list(name, latestOnly, nextToken, maxResults);
    }

    public AutoScalingConfiguration deleteAutoScalingConfiguration(String arn, boolean deleteAllRevisions) {
        return scaling.delete(arn, deleteAllRevisions);
    }

    /**
     * AWS/AppRunner ActiveInstances or Concurrency of the service named by ServiceName and ServiceID: the latest
     * minute the simulator measured, when it starts in [startTime, endTime). Null for any other metric.
     */
    public MetricDataResult minuteSeries(Metric metric, Instant startTime, Instant endTime) {
        if (!Metric.APP_RUNNER.equals(metric.namespace())
                || !List.of(ACTIVE_INSTANCES, CONCURRENCY).contains(metric.metricName())) {
            return null;
        }
        AppRunnerServiceMetrics latest = services.values().stream()
                .filter(s -> !s.deleted() && s.name.equals(metric.dimension("ServiceName"))
                        && s.id.equals(metric.dimension("ServiceID")))
                .map(s -> s.metrics).findFirst().orElse(AppRunnerServiceMetrics.NONE);
        Instant minute = latest.timestamp() == null ? null : latest.timestamp().truncatedTo(ChronoUnit.MINUTES);
        if (minute == null || minute.isBefore(startTime) || !minute.isBefore(endTime)) {
            return new MetricDataResult(metric.metricName(), metric.metricName(), List.of(), List.of());
        }
        double value = metric.metricName().equals(ACTIVE_INSTANCES) ? latest.activeInstances()
                : latest.concurrency();
        return new MetricDataResult(metric.metricName(), metric.metricName(), List.of(minute), List.of(value));
    }

    /** Makes the account an existing App Runner customer, or one that came after AWS closed it to new ones. */
    public AppRunnerCustomer setCustomer(AppRunnerCustomer newCustomer) {
        customer = newCustomer;
        return customer;
    }

    public AppRunnerCustomer customer() {
        return customer;
    }

    static int pageSize(Integer maxResults, int limit) {
        if (maxResults == null) {
            return ALL;
        }
        if (maxResults < 1 || maxResults > limit) {
            throw AppRunnerErrors.constraint("maxResults", maxResults, "Member must have value between 1 and "
                    + limit);
        }
        return maxResults;
    }

    /** A page of {@code items}; a token App Runner did not make is refused as App Runner refuses input. */
    static <T> Page<T> page(List<T> items, String nextToken, int size) {
        try {
            return Pager.page(items, nextToken, size);
        } catch (GatewayException badToken) {
            throw AppRunnerErrors.invalidRequest(badToken.getMessage());
        }
    }

    /** Starts an operation: the service is OPERATION_IN_PROGRESS until {@code finish} says how it ended. */
    private Operation start(ServiceState service, String type, Duration duration, OperationEnd finish) {
        Operation operation = new Operation(random.uuid(), type, context.now());
        service.operations.add(0, operation);
        service.status = "OPERATION_IN_PROGRESS";
        service.updatedAt = context.now();
        context.schedule(context.nowMillis() + duration.toMillis(),
                () -> operation.end(finish.end(), context.now()));
        return operation;
    }

    /**
     * Ends a create or update: the image is pulled now, so an image pushed while the operation ran counts. A failed
     * create, or rebuild, leaves CREATE_FAILED; a failed update of a running service rolls back to {@code before}.
     */
    private String finishDeploy(ServiceState service, ServiceState.Configuration before) {
        String image = service.configuration.source().imageRepository().imageIdentifier();
        if (images.pullFailure(image).isEmpty()) {
            service.serving = true;
            end(service, "RUNNING");
            return "SUCCEEDED";
        }
        if (before != null) {
            service.configuration = before;
            end(service, "RUNNING");
            return "ROLLBACK_SUCCEEDED";
        }
        service.serving = false;
        end(service, "CREATE_FAILED");
        return "FAILED";
    }

    private void end(ServiceState service, String status) {
        service.status = status;
        service.updatedAt = context.now();
        measure(service);
    }

    private void scheduleMetrics(long atMillis) {
        context.schedule(atMillis, () -> {
            services.values().forEach(this::measure);
            scheduleMetrics(atMillis + METRICS_PERIOD.toMillis());
        });
    }

    /** Simulates the service's traffic now and sizes its instances for it. */
    private void measure(ServiceState service) {
        if (!service.serving) {
            service.metrics = new AppRunnerServiceMetrics(context.now(), 0, 0);
            return;
        }
        String configuration = service.configuration.autoScalingConfigurationArn();
        int concurrency = service.load.concurrency(Duration.between(service.createdAt, context.now()).toMinutes());
        int instances = RequestLoad.instances(concurrency, scaling.maxConcurrency(configuration),
                scaling.minSize(configuration), scaling.maxSize(configuration));
        service.metrics = new AppRunnerServiceMetrics(context.now(), instances, concurrency);
    }

    private boolean inUse(String configurationArn) {
        return services.values().stream().anyMatch(s -> !s.deleted()
                && s.configuration.autoScalingConfigurationArn().equals(configurationArn));
    }

    private ServiceState find(String serviceArn) {
        ServiceState service = serviceArn == null ? null : services.get(serviceArn);
        if (service == null) {
            throw AppRunnerErrors.serviceNotFound(serviceArn);
        }
        return service;
    }

    private AppRunnerService view(ServiceState service) {
        return service.view(scaling.summary(service.configuration.autoScalingConfigurationArn()));
    }

    private AppRunnerServiceResponse response(ServiceState service, Operation operation) {
        return new AppRunnerServiceResponse(view(service), operation.id());
    }

    private Duration between(int minSeconds, int maxSeconds) {
        return random.between(Duration.ofSeconds(minSeconds), Duration.ofSeconds(maxSeconds));
    }

    /** {@code <10 lowercase letters and digits>.<region>.awsapprunner.com}, without a scheme, as AWS gives it. */
    private String url() {
        StringBuilder host = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            host.append(URL_CHARACTERS[random.nextInt(URL_CHARACTERS.length)]);
        }
        return host + "." + context.settings().region() + ".awsapprunner.com";
    }

    /** How an operation ended, decided when its time is up. */
    @FunctionalInterface
    private interface OperationEnd {
        String end();
    }
}
