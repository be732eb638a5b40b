package dev.berth.core.model;

/** EFS's {@code RootDirectory} of an access point: the path clients see as "/", created with {@code creationInfo}. */
public record RootDirectory(String path, CreationInfo creationInfo) {
}
