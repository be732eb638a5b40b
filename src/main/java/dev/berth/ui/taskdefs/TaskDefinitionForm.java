package dev.berth.ui.taskdefs;

import dev.berth.core.model.ContainerDefinition;
import dev.berth.core.model.EfsAuthorizationConfig;
import dev.berth.core.model.EfsVolumeConfiguration;
import dev.berth.core.model.MountPoint;
import dev.berth.core.model.PortMapping;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TaskDefinition;
import dev.berth.core.model.Volume;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.WholeNumber;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * "Register task definition" as a form: one container, as most task definitions have. A new revision of an
 * existing family starts from that revision's values; anything richer is registered from JSON.
 */
public final class TaskDefinitionForm {
    public static final String CONTAINER_NAME = TaskDefinitionRules.containerField(0, "name");
    public static final String IMAGE = TaskDefinitionRules.containerField(0, "image");
    public static final String CONTAINER_PORT = TaskDefinitionRules.containerField(0, "portMappings");
    private static final String CONTAINER_MEMORY = TaskDefinitionRules.containerField(0, "memory");
    public static final String MOUNT_PATH = TaskDefinitionRules.containerField(0, "mountPoints");
    public static final List<String> LAUNCH_TYPES = List.of("FARGATE", "EC2");
    public static final List<String> NETWORK_MODES = List.of("awsvpc", "bridge", "host");
    public static final List<String> MEMORY_CHOICES = List.of("512", "1024", "2048", "3072", "4096", "8192",
            "16384", "30720");
    private static final int MAX_PORT = 65535;
    /** The name the form gives the EFS volume it adds. */
    static final String EFS_VOLUME = "efs";

    private final StringProperty family = new SimpleStringProperty(this, "family", "");
    private final StringProperty launchType = new SimpleStringProperty(this, "launchType", "FARGATE");
    private final StringProperty networkMode = new SimpleStringProperty(this, "networkMode", "awsvpc");
    private final StringProperty cpu = new SimpleStringProperty(this, "cpu", "256");
    private final StringProperty memory = new SimpleStringProperty(this, "memory", "512");
    private final StringProperty executionRoleArn = new SimpleStringProperty(this, "executionRoleArn", "");
    private final StringProperty containerName = new SimpleStringProperty(this, "containerName", "");
    private final StringProperty image = new SimpleStringProperty(this, "image", "");
    private final StringProperty containerPort = new SimpleStringProperty(this, "containerPort", "80");
    private final StringProperty taskRoleArn = new SimpleStringProperty(this, "taskRoleArn", "");
    private final StringProperty fileSystemId = new SimpleStringProperty(this, "fileSystemId", "");
    private final StringProperty mountPath = new SimpleStringProperty(this, "mountPath", "");
    private final BooleanProperty transitEncryption = new SimpleBooleanProperty(this, "transitEncryption");
    private final StringProperty accessPointId = new SimpleStringProperty(this, "accessPointId", "");
    private final BooleanProperty iam = new SimpleBooleanProperty(this, "iam");

    /** An empty form for a new family. */
    public TaskDefinitionForm() {
    }

    /** A form for the next revision of {@code base}'s family, starting from its values. */
    public TaskDefinitionForm(TaskDefinition base) {
        family.set(base.family());
        launchType.set(base.requiresCompatibilities().contains("FARGATE") ? "FARGATE" : "EC2");
        networkMode.set(base.networkMode() == null ? "bridge" : base.networkMode());
        cpu.set(nullToEmpty(base.cpu()));
        memory.set(nullToEmpty(base.memory()));
        executionRoleArn.set(nullToEmpty(base.executionRoleArn()));
        taskRoleArn.set(nullToEmpty(base.taskRoleArn()));
        base.volumes().stream().filter(v -> v.efsVolumeConfiguration() != null).findFirst().ifPresent(volume -> {
            fileSystemId.set(volume.efsVolumeConfiguration().fileSystemId());
            transitEncryption.set(volume.efsVolumeConfiguration().transitEncrypted());
            EfsAuthorizationConfig authorization = volume.efsVolumeConfiguration().authorizationConfig();
            if (authorization != null) {
                accessPointId.set(nullToEmpty(authorization.accessPointId()));
                iam.set(authorization.iamEnabled());
            }
            base.containerDefinitions().stream().flatMap(c -> c.mountPoints().stream())
                    .filter(m -> volume.name().equals(m.sourceVolume())).findFirst()
                    .ifPresent(m -> mountPath.set(m.containerPath()));
        });
        if (!base.containerDefinitions().isEmpty()) {
            ContainerDefinition container = base.containerDefinitions().get(0);
            containerName.set(container.name());
            image.set(container.image());
            containerPort.set(container.portMappings().isEmpty() || container.portMappings().get(0).containerPort() == null
                    ? "" : String.valueOf(container.portMappings().get(0).containerPort()));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public FieldErrors validate() {
        FieldErrors errors = FieldErrors.none();
        String port = containerPort.get().strip();
        if (!port.isEmpty() && WholeNumber.parse(port, 1, MAX_PORT) == null) {
            errors.add(CONTAINER_PORT, WholeNumber.rangeMessage(1, MAX_PORT));
        }
        if (!fileSystemId.get().isBlank() && mountPath.get().isBlank()) {
            errors.add(MOUNT_PATH, "Say where the container sees the file system, e.g. /data.");
        }
        // The form has one memory field; a container-level memory rule is about that field too.
        TaskDefinitionRules.check(toRequest()).asMap().forEach(
                (field, message) -> errors.add(field.equals(CONTAINER_MEMORY) ? TaskDefinitionRules.MEMORY : field,
                        message));
        return errors;
    }

    public RegisterTaskDefinitionRequest toRequest() {
        Integer port = WholeNumber.parse(containerPort.get(), 1, MAX_PORT);
        List<PortMapping> ports = port == null ? List.of()
                : List.of(new PortMapping(port, "awsvpc".equals(networkMode.get()) ? port : null, "tcp"));
        String fileSystem = blankToNull(fileSystemId.get());
        List<MountPoint> mounts = fileSystem == null ? List.of()
                : List.of(new MountPoint(EFS_VOLUME, blankToNull(mountPath.get()), null));
        ContainerDefinition container = new ContainerDefinition(containerName.get().strip(), image.get().strip(),
                null, null, null, true, ports, List.of(), List.of(), null).withMountPoints(mounts);
        return new RegisterTaskDefinitionRequest(family.get().strip(), networkMode.get(), List.of(launchType.get()),
                blankToNull(cpu.get()), blankToNull(memory.get()), blankToNull(executionRoleArn.get()),
                blankToNull(taskRoleArn.get()), List.of(container), List.of(), fileSystem == null ? List.of()
                : List.of(Volume.efs(EFS_VOLUME, new EfsVolumeConfiguration(fileSystem, null,
                transitEncryption.get() ? "ENABLED" : null, null, authorization()))));
    }

    /** ECS's authorizationConfig, when the volume mounts through an access point or with the task role. */
    private EfsAuthorizationConfig authorization() {
        String accessPoint = blankToNull(accessPointId.get());
        return accessPoint == null && !iam.get() ? null
                : new EfsAuthorizationConfig(accessPoint, iam.get() ? "ENABLED" : null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String family() {
        return family.get().strip();
    }

    public StringProperty familyProperty() {
        return family;
    }

    public StringProperty launchTypeProperty() {
        return launchType;
    }

    public StringProperty networkModeProperty() {
        return networkMode;
    }

    public StringProperty cpuProperty() {
        return cpu;
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    public StringProperty executionRoleArnProperty() {
        return executionRoleArn;
    }

    public StringProperty containerNameProperty() {
        return containerName;
    }

    public StringProperty imageProperty() {
        return image;
    }

    public StringProperty containerPortProperty() {
        return containerPort;
    }

    public StringProperty taskRoleArnProperty() {
        return taskRoleArn;
    }

    public StringProperty fileSystemIdProperty() {
        return fileSystemId;
    }

    public StringProperty mountPathProperty() {
        return mountPath;
    }

    /** TLS between the task and the file system's mount target; left out, ECS's default DISABLED. */
    public BooleanProperty transitEncryptionProperty() {
        return transitEncryption;
    }

    public StringProperty accessPointIdProperty() {
        return accessPointId;
    }

    public BooleanProperty iamProperty() {
        return iam;
    }
}
