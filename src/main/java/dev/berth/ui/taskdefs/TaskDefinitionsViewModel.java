package dev.berth.ui.taskdefs;

import dev.berth.core.gateway.EcsGateway;
import dev.berth.core.gateway.EcsInventory;
import dev.berth.core.gateway.Gateway;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TaskDefinition;
import dev.berth.ui.common.AreaModel;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.ChangeRunner;
import dev.berth.ui.common.ErrorContext;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.FilteredRows;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import dev.berth.ui.common.Refresher;
import dev.berth.ui.efs.FileSystemsViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Task definition families, the revisions of the selected family, the JSON of the selected revision and a diff of
 * two revisions; register (from the form or JSON) and deregister. Revisions never change once registered apart
 * from their status, so described revisions are kept and only re-read when their status changes.
 */
public final class TaskDefinitionsViewModel implements AreaModel {
    public static final String JSON = "json";

    private final EcsGateway ecs;
    private final EcsInventory inventory;
    private final Gateway gateway;
    private final Refresher listReader;
    private final Refresher revisionReader;
    private final Refresher diffReader;
    private final Refresher rolesReader;
    private final ReadOnlyObjectWrapper<RoleDirectory> roles = new ReadOnlyObjectWrapper<>(this, "roles",
            RoleDirectory.UNKNOWN);
    private final ObservableList<String> roleWarnings = FXCollections.observableArrayList();
    private final ObservableList<String> roleArns = FXCollections.observableArrayList();
    private final ChangeRunner changes;
    private final TaskDefinitionJson codec = new TaskDefinitionJson();
    private final Map<String, TaskDefinition> described = new ConcurrentHashMap<>();
    private final FilteredRows<String, FamilyRow> families = new FilteredRows<>(family -> family, FamilyRow::new);
    private final FilteredRows<Revision, RevisionRow> revisions = new FilteredRows<>(Revision::arn, RevisionRow::new);
    private final StringProperty selectedFamily = new SimpleStringProperty(this, "selectedFamily");
    private final StringProperty selectedRevision = new SimpleStringProperty(this, "selectedRevision");
    private final ReadOnlyObjectWrapper<TaskDefinition> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper json = new ReadOnlyStringWrapper(this, "json", "");
    private final ObservableList<String> revisionChoices = FXCollections.observableArrayList();
    private final StringProperty diffLeft = new SimpleStringProperty(this, "diffLeft");
    private final StringProperty diffRight = new SimpleStringProperty(this, "diffRight");
    private final ObservableList<LineDiff.Row> diff = FXCollections.observableArrayList();
    /** The family whose revisions are listed, so choosing it again (or the listing choosing it) reads nothing. */
    private String listedFamily;
    /** A revision just registered: selected once a listing includes it, so the diff knows its predecessor. */
    private String registeredRevision;
    private final FileSystemsViewModel fileSystems;

    public TaskDefinitionsViewModel(Gateway gateway, BackgroundTasks background, Clock clock) {
        this.ecs = gateway.ecs();
        this.inventory = EcsInventory.of(gateway);
        this.gateway = gateway;
        this.listReader = new Refresher(background, clock);
        this.revisionReader = new Refresher(background, clock);
        this.diffReader = new Refresher(background, clock);
        this.rolesReader = new Refresher(background, clock);
        this.changes = new ChangeRunner(background);
        this.fileSystems = new FileSystemsViewModel(gateway, background, clock);
        selectedFamily.addListener((observable, old, family) -> {
            if (!Objects.equals(family, listedFamily)) {
                listReader.cancelPending();
                revisions.clear();
                refresh();
            }
        });
        selectedRevision.addListener((observable, old, arn) -> showRevision(arn));
        diffLeft.addListener((observable, old, value) -> compare());
        diffRight.addListener((observable, old, value) -> compare());
        shown.addListener((observable, old, definition) -> checkRoles());
        roles.addListener((observable, old, directory) -> {
            roleArns.setAll(directory.roleArns());
            checkRoles();
        });
    }

    private void checkRoles() {
        TaskDefinition definition = shown.get();
        roleWarnings.setAll(definition == null ? List.of() : RoleCheck.warnings(definition.executionRoleArn(),
                definition.taskRoleArn(), definition.containerDefinitions(), roles.get()));
    }

    @Override
    public void refresh() {
        String wanted = selectedFamily.get();
        listReader.read(() -> TaskDefinitionListing.read(inventory, wanted), this::show,
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).taskDefinition(wanted)));
        rolesReader.read(() -> RoleDirectory.read(gateway.iam()), roles::set, Messages::explain);
        fileSystems.refresh();
    }

    /** The EFS file systems an EFS volume can name, for the File systems tab. */
    public FileSystemsViewModel fileSystems() {
        return fileSystems;
    }

    private void show(TaskDefinitionListing listing) {
        listedFamily = listing.family();
        families.update(listing.families());
        selectedFamily.set(listing.family());
        for (Revision revision : listing.revisions()) {
            TaskDefinition known = described.get(revision.familyRevision());
            if (known != null && !known.status().equals(revision.status())) {
                described.remove(revision.familyRevision());
            }
        }
        revisions.update(listing.revisions());
        List<String> names = listing.revisions().stream().map(Revision::familyRevision).collect(Collectors.toList());
        if (!revisionChoices.equals(names)) {
            revisionChoices.setAll(names);
        }
        String wanted = registeredRevision != null ? registeredRevision : selectedRevision.get();
        registeredRevision = null;
        boolean wantedListed = listing.revisions().stream().anyMatch(revision -> revision.arn().equals(wanted));
        selectedRevision.set(wantedListed ? wanted
                : listing.revisions().isEmpty() ? null : listing.revisions().get(0).arn());
    }

    private void showRevision(String arn) {
        if (arn == null) {
            revisionReader.cancelPending();
            shown.set(null);
            json.set("");
            return;
        }
        Revision revision = Revision.of(arn, null);
        revisionReader.read(() -> describe(revision.familyRevision()), definition -> {
            shown.set(definition);
            json.set(codec.write(definition));
        }, failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).taskDefinition(revision.familyRevision())));
        diffRight.set(revision.familyRevision());
        int index = revisionChoices.indexOf(revision.familyRevision());
        diffLeft.set(index >= 0 && index + 1 < revisionChoices.size()
                ? revisionChoices.get(index + 1) : revision.familyRevision());
    }

    private TaskDefinition describe(String familyRevision) {
        return described.computeIfAbsent(familyRevision, ecs::describeTaskDefinition);
    }

    private void compare() {
        String left = diffLeft.get();
        String right = diffRight.get();
        if (left == null || right == null) {
            diff.clear();
            return;
        }
        diffReader.read(() -> LineDiff.compare(lines(describe(left)), lines(describe(right))), diff::setAll,
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).taskDefinition(left + " or " + right)));
    }

    private List<String> lines(TaskDefinition definition) {
        return List.of(codec.write(definition).split("\n"));
    }

    /** A form for a new revision of the shown one, or an empty form when none is shown. */
    public TaskDefinitionForm newForm() {
        return shown.get() == null ? new TaskDefinitionForm() : new TaskDefinitionForm(shown.get());
    }

    /** JSON to start "register from JSON" with: the shown revision as RegisterTaskDefinition input, or a sample. */
    public String jsonTemplate() {
        TaskDefinition base = shown.get();
        RegisterTaskDefinitionRequest request = base != null
                ? new RegisterTaskDefinitionRequest(base.family(), base.networkMode(), base.requiresCompatibilities(),
                        base.cpu(), base.memory(), base.executionRoleArn(), base.taskRoleArn(),
                        base.containerDefinitions(), List.of(), base.volumes())
                : new TaskDefinitionForm().toRequest();
        return codec.write(request);
    }

    public FieldErrors register(TaskDefinitionForm form, Outcome outcome) {
        FieldErrors errors = form.validate();
        if (errors.isEmpty()) {
            register(form.toRequest(), outcome);
        }
        return errors;
    }

    /** Reads the JSON and checks it; every problem is reported under {@link #JSON}, with its line and column. */
    public FieldErrors registerJson(String text, Outcome outcome) {
        RegisterTaskDefinitionRequest request;
        try {
            request = codec.read(text);
        } catch (JsonProblem problem) {
            return FieldErrors.none().add(JSON, problem.describe());
        }
        FieldErrors problems = TaskDefinitionRules.check(request);
        if (!problems.isEmpty()) {
            List<String> lines = new ArrayList<>();
            problems.asMap().forEach((field, message) -> lines.add(field + ": " + message));
            return FieldErrors.none().add(JSON, String.join("\n", lines));
        }
        register(request, outcome);
        return FieldErrors.none();
    }

    private void register(RegisterTaskDefinitionRequest request, Outcome outcome) {
        changes.run(() -> ecs.registerTaskDefinition(request),
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).taskDefinition(request.family())),
                outcome, registered -> {
                    registeredRevision = registered.taskDefinitionArn();
                    if (registered.family().equals(selectedFamily.get())) {
                        refresh();
                    } else {
                        selectedFamily.set(registered.family());
                    }
                });
    }

    public void deregister(String familyRevision, Outcome outcome) {
        changes.run(() -> ecs.deregisterTaskDefinition(familyRevision),
                failure -> Messages.explain(failure, ErrorContext.in(gateway.region()).taskDefinition(familyRevision)),
                outcome, deregistered -> {
                    described.remove(familyRevision);
                    refresh();
                    showRevision(selectedRevision.get());
                });
    }

    /** What the shown revision's roles are missing, in plain words; empty when nothing is (or IAM is unknown). */
    public ObservableList<String> roleWarnings() {
        return roleWarnings;
    }

    /** The account's IAM roles as ARNs, for the register form's role fields. */
    public ObservableList<String> roleArns() {
        return roleArns;
    }

    /** The account's roles and their policies, as last read. */
    ReadOnlyObjectProperty<RoleDirectory> rolesProperty() {
        return roles.getReadOnlyProperty();
    }

    public FilteredRows<String, FamilyRow> families() {
        return families;
    }

    public FilteredRows<Revision, RevisionRow> revisions() {
        return revisions;
    }

    public StringProperty selectedFamilyProperty() {
        return selectedFamily;
    }

    /** The ARN of the revision whose JSON is shown. */
    public StringProperty selectedRevisionProperty() {
        return selectedRevision;
    }

    public ReadOnlyObjectProperty<TaskDefinition> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jsonProperty() {
        return json.getReadOnlyProperty();
    }

    /** The revisions of the listed family as {@code family:revision}, newest first: what the diff can compare. */
    public ObservableList<String> revisionChoices() {
        return revisionChoices;
    }

    public StringProperty diffLeftProperty() {
        return diffLeft;
    }

    public StringProperty diffRightProperty() {
        return diffRight;
    }

    public ObservableList<LineDiff.Row> diff() {
        return diff;
    }

    /** Why the families and revisions could not be listed, or null. */
    @Override
    public ReadOnlyStringProperty errorProperty() {
        return listReader.errorProperty();
    }

    public ReadOnlyStringProperty revisionErrorProperty() {
        return revisionReader.errorProperty();
    }

    public ReadOnlyStringProperty diffErrorProperty() {
        return diffReader.errorProperty();
    }

    @Override
    public ReadOnlyObjectProperty<Instant> refreshedAtProperty() {
        return listReader.refreshedAtProperty();
    }
}
