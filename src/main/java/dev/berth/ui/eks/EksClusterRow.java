package dev.berth.ui.eks;

import dev.berth.core.model.EksCluster;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One EKS cluster in the clusters table; its id is its name, unique in the region. */
public final class EksClusterRow extends ModelRow<ClusterSummary> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty version = new SimpleStringProperty(this, "version");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty endpoint = new SimpleStringProperty(this, "endpoint");
    private final IntegerProperty nodegroups = new SimpleIntegerProperty(this, "nodegroups");
    private final IntegerProperty fargateProfiles = new SimpleIntegerProperty(this, "fargateProfiles");

    public EksClusterRow(String name) {
        super(name);
    }

    @Override
    protected void show(ClusterSummary summary) {
        EksCluster cluster = summary.cluster();
        name.set(cluster.name());
        version.set(cluster.version());
        status.set(cluster.status());
        endpoint.set(cluster.endpoint());
        nodegroups.set(summary.nodegroups());
        fargateProfiles.set(summary.fargateProfiles());
    }

    @Override
    protected Iterable<String> searchableText(ClusterSummary summary) {
        return List.of(summary.cluster().name(), summary.cluster().status(), summary.cluster().version());
    }

    public String name() {
        return name.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty versionProperty() {
        return version;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty endpointProperty() {
        return endpoint;
    }

    public ReadOnlyIntegerProperty nodegroupsProperty() {
        return nodegroups;
    }

    public ReadOnlyIntegerProperty fargateProfilesProperty() {
        return fargateProfiles;
    }
}
