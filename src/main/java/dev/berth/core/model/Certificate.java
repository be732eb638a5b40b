package dev.berth.core.model;

/** The cluster's certificate authority, base64-encoded as kubeconfig takes it. */
public record Certificate(String data) {
}
