package dev.berth.core.model;

/** Names an image by digest ({@code sha256:<64 hex>}), by tag, or by both. */
public record ImageIdentifier(String imageDigest, String imageTag) {

    public static ImageIdentifier tag(String imageTag) {
        return new ImageIdentifier(null, imageTag);
    }

    public static ImageIdentifier digest(String imageDigest) {
        return new ImageIdentifier(imageDigest, null);
    }

    /** As ECR's error messages write it: {@code {imageDigest:'null', imageTag:'v9'}}. */
    @Override
    public String toString() {
        return "{imageDigest:'" + imageDigest + "', imageTag:'" + imageTag + "'}";
    }
}
