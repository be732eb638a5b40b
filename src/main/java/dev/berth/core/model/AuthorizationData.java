package dev.berth.core.model;

import java.time.Instant;

/**
 * GetAuthorizationToken's answer: {@code authorizationToken} is base64 of {@code AWS:<password>}, valid 12 hours,
 * for the registry at {@code proxyEndpoint} ({@code https://<account>.dkr.ecr.<region>.amazonaws.com}).
 */
public record AuthorizationData(String authorizationToken, Instant expiresAt, String proxyEndpoint) {
}
