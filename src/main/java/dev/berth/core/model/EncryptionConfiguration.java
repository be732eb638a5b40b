package dev.berth.core.model;

/** How ECR encrypts a repository's images at rest: {@code AES256} (the default), {@code KMS} or {@code KMS_DSSE}. */
public record EncryptionConfiguration(String encryptionType, String kmsKey) {
    public static final EncryptionConfiguration AES256 = new EncryptionConfiguration("AES256", null);
}
