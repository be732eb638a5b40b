package dev.berth.sim.eks;

import dev.berth.core.model.EksUpdate;

import java.time.Instant;
import java.util.List;

/** One update of a cluster or node group: InProgress until its work is done, then Successful. */
final class UpdateState {
    final String id;
    final String type;
    final List<EksUpdate.Param> params;
    final Instant createdAt;
    String status = "InProgress";

    UpdateState(String id, String type, List<EksUpdate.Param> params, Instant createdAt) {
        this.id = id;
        this.type = type;
        this.params = List.copyOf(params);
        this.createdAt = createdAt;
    }

    EksUpdate toModel() {
        return new EksUpdate(id, status, type, params, createdAt, List.of());
    }
}
