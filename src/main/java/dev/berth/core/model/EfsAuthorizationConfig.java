package dev.berth.core.model;

/** ECS's {@code EFSAuthorizationConfig}: an EFS access point ({@code fsap-...}) and whether to mount with the task role. */
public record EfsAuthorizationConfig(String accessPointId, String iam) {

    public boolean iamEnabled() {
        return "ENABLED".equals(iam);
    }
}
