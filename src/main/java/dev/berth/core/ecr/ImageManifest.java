package dev.berth.core.ecr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Image manifests as a registry sees them: the digest is the SHA-256 of the manifest's bytes, exactly as pushed. Also
 * writes the Docker image manifest (schema 2) of an image that exists only in the simulator, so a user can "push"
 * without Docker.
 */
public final class ImageManifest {
    public static final String DOCKER_V2 = "application/vnd.docker.distribution.manifest.v2+json";
    public static final String OCI_V1 = "application/vnd.oci.image.manifest.v1+json";
    private static final String CONFIG_TYPE = "application/vnd.docker.container.image.v1+json";
    private static final String LAYER_TYPE = "application/vnd.docker.image.rootfs.diff.tar.gzip";
    private static final int CONFIG_SIZE = 1469;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImageManifest() {
    }

    /** {@code sha256:<64 hex>} of the manifest's UTF-8 bytes. */
    public static String digestOf(String manifest) {
        return "sha256:" + sha256(manifest);
    }

    /**
     * A schema 2 manifest of {@code layers} layers adding up to {@code sizeInBytes}, with layer and config digests
     * that follow from the name and tag, so building the same image twice gives the same manifest and digest.
     */
    public static String build(String name, String tag, long sizeInBytes, int layers) {
        if (layers < 1) {
            throw new IllegalArgumentException("An image has at least one layer.");
        }
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", DOCKER_V2);
        manifest.set("config", descriptor(CONFIG_TYPE, CONFIG_SIZE, name + ":" + tag + "/config"));
        ArrayNode layerList = manifest.putArray("layers");
        long layerBytes = Math.max(layers, sizeInBytes - CONFIG_SIZE);
        for (int i = 0; i < layers; i++) {
            long size = layerBytes / layers + (i < layerBytes % layers ? 1 : 0);
            layerList.add(descriptor(LAYER_TYPE, size, name + ":" + tag + "/layer/" + i));
        }
        return manifest.toString();
    }

    private static ObjectNode descriptor(String mediaType, long size, String seed) {
        ObjectNode node = JSON.createObjectNode();
        node.put("mediaType", mediaType);
        node.put("size", size);
        node.put("digest", "sha256:" + sha256(seed));
        return node;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
