package dev.berth.ui.eks;

import dev.berth.core.model.FargateProfile;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.stream.Collectors;

/** One Fargate profile of the selected cluster, with its selectors as text. */
public final class FargateProfileRow extends ModelRow<FargateProfile> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty selectors = new SimpleStringProperty(this, "selectors");
    private final StringProperty podExecutionRole = new SimpleStringProperty(this, "podExecutionRole");

    public FargateProfileRow(String arn) {
        super(arn);
    }

    @Override
    protected void show(FargateProfile profile) {
        name.set(profile.fargateProfileName());
        status.set(profile.status());
        selectors.set(profile.selectors().stream().map(FargateProfileRow::selectorText)
                .collect(Collectors.joining("; ")));
        podExecutionRole.set(profile.podExecutionRoleArn());
    }

    /** {@code namespace default, labels app=web}. */
    private static String selectorText(FargateProfile.Selector selector) {
        String labels = selector.labels().entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .sorted().collect(Collectors.joining(", "));
        return "namespace " + selector.namespace() + (labels.isEmpty() ? "" : ", labels " + labels);
    }

    @Override
    protected Iterable<String> searchableText(FargateProfile profile) {
        return List.of(profile.fargateProfileName(), profile.status());
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty selectorsProperty() {
        return selectors;
    }

    public ReadOnlyStringProperty podExecutionRoleProperty() {
        return podExecutionRole;
    }
}
