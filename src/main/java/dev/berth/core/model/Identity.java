package dev.berth.core.model;

/** The cluster's identity provider: its OpenID Connect issuer URL. */
public record Identity(Oidc oidc) {

    /** AWS's {@code OIDC} shape. */
    public record Oidc(String issuer) {
    }
}
