package dev.berth.ui.eks;

import dev.berth.core.model.CreateEksClusterRequest;
import dev.berth.core.model.VpcConfigRequest;
import dev.berth.ui.common.FieldErrors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Map;

/**
 * What the "Create cluster" dialog asks, as the console does: a name, the Kubernetes version (empty: EKS's default),
 * the cluster service role, and at least two subnets in different Availability Zones.
 */
public final class CreateEksClusterForm {
    public static final String NAME = "name";
    public static final String VERSION = "version";
    public static final String ROLE_ARN = "roleArn";
    public static final String SUBNETS = "subnets";
    public static final String SECURITY_GROUPS = "securityGroups";
    /** Offered in the version picker; another can be typed, and EKS says whether it supports it. */
    static final List<String> VERSIONS = List.of("1.36", "1.35", "1.34", "1.33", "1.32", "1.31");

    private final StringProperty name = new SimpleStringProperty(this, NAME, "");
    private final StringProperty version = new SimpleStringProperty(this, VERSION, "");
    private final StringProperty roleArn = new SimpleStringProperty(this, ROLE_ARN);
    private final StringProperty subnets = new SimpleStringProperty(this, SUBNETS, "");
    private final StringProperty securityGroups = new SimpleStringProperty(this, SECURITY_GROUPS, "");

    /** {@code roleArn}: the lab's eksClusterRole in the backend's account, or empty. */
    public CreateEksClusterForm(String roleArn) {
        this.roleArn.set(roleArn);
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        EksFields.checkName(errors, NAME, name.get(), "cluster name", 100);
        if (!version.get().isBlank() && !version.get().strip().matches("\\d+\\.\\d+")) {
            errors.add(VERSION, "Enter a Kubernetes version such as 1.35, or leave it empty for EKS's default.");
        }
        EksFields.checkRoleArn(errors, ROLE_ARN, roleArn.get());
        EksFields.checkSubnets(errors, SUBNETS, subnets.get(), 2);
        return errors;
    }

    /** The request for a valid form; call {@link #validate()} first. */
    public CreateEksClusterRequest toRequest() {
        return new CreateEksClusterRequest(name(), version.get().isBlank() ? null : version.get().strip(),
                roleArn.get().strip(), new VpcConfigRequest(EksFields.subnets(subnets.get()),
                EksFields.subnets(securityGroups.get()), null, null), Map.of());
    }

    public String name() {
        return name.get().strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public StringProperty roleArnProperty() {
        return roleArn;
    }

    public StringProperty subnetsProperty() {
        return subnets;
    }

    public StringProperty securityGroupsProperty() {
        return securityGroups;
    }
}
