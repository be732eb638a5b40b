package dev.berth.core.model;

/** EFS's {@code CreationInfo}: who owns an access point's root directory if EFS creates it, and its mode. */
public record CreationInfo(Long ownerUid, Long ownerGid, String permissions) {
}
