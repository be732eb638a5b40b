package dev.berth.core.model;

import java.util.List;
import java.util.Map;

/** UpdateNodegroupConfig: any of new scaling sizes, labels to add or remove, taints to add or remove. */
public record UpdateNodegroupConfigRequest(
        String clusterName,
        String nodegroupName,
        UpdateLabelsPayload labels,
        UpdateTaintsPayload taints,
        NodegroupScalingConfig scalingConfig) {

    public static UpdateNodegroupConfigRequest scaling(String clusterName, String nodegroupName,
                                                       NodegroupScalingConfig scalingConfig) {
        return new UpdateNodegroupConfigRequest(clusterName, nodegroupName, null, null, scalingConfig);
    }

    public record UpdateLabelsPayload(Map<String, String> addOrUpdateLabels, List<String> removeLabels) {
        public UpdateLabelsPayload {
            addOrUpdateLabels = addOrUpdateLabels == null ? Map.of() : Map.copyOf(addOrUpdateLabels);
            removeLabels = removeLabels == null ? List.of() : List.copyOf(removeLabels);
        }
    }

    public record UpdateTaintsPayload(List<Taint> addOrUpdateTaints, List<Taint> removeTaints) {
        public UpdateTaintsPayload {
            addOrUpdateTaints = addOrUpdateTaints == null ? List.of() : List.copyOf(addOrUpdateTaints);
            removeTaints = removeTaints == null ? List.of() : List.copyOf(removeTaints);
        }
    }
}
