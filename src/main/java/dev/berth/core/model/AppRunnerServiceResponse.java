package dev.berth.core.model;

/** What App Runner's service changes answer: the service as it now is, and the id of the operation started. */
public record AppRunnerServiceResponse(AppRunnerService service, String operationId) {
}
