package dev.berth.core.gateway;

/**
 * A backend the app can switch to: a simulator world, an AWS profile of {@code ~/.aws}, or the AWS credentials in
 * the environment. {@code region} is where an AWS connection works (the profile's own region unless the user picks
 * another); {@code detail} says how it signs in ("SSO", "assume role", "access keys", its endpoint_url, ...).
 */
public record Connection(Kind kind, String name, String region, String detail) {

    public enum Kind { SIMULATOR, AWS_PROFILE, AWS_ENVIRONMENT }

    public static Connection simulator(String world) {
        return new Connection(Kind.SIMULATOR, world, null, "simulator world");
    }

    public boolean isAws() {
        return kind != Kind.SIMULATOR;
    }

    public Connection inRegion(String otherRegion) {
        return new Connection(kind, name, otherRegion, detail);
    }

    /** What a list shows: "demo (simulator world)", "prod · eu-west-1 (SSO)". */
    public String label() {
        return isAws() ? name + " · " + region + " (" + detail + ")" : name + " (" + detail + ")";
    }
}
