package dev.berth.core.model;

import java.util.List;

/** EFS's {@code PosixUser}: the user and groups every request through an access point acts as. */
public record PosixUser(Long uid, Long gid, List<Long> secondaryGids) {
    public PosixUser {
        secondaryGids = secondaryGids == null ? List.of() : List.copyOf(secondaryGids);
    }
}
