package dev.berth.ui.connection;

import dev.berth.core.gateway.Connection;
import dev.berth.core.gateway.Connections;
import dev.berth.ui.common.BackgroundTasks;
import dev.berth.ui.common.FieldErrors;
import dev.berth.ui.common.Messages;
import dev.berth.ui.common.Outcome;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The connection picker's state: the simulator worlds and AWS profiles to choose from, the region for an AWS one
 * (the profile's own until the user picks another), and connecting in the background. A connection that fails
 * (expired SSO session, wrong keys, no network) keeps the dialog open with AWS's guidance; the app stays where it
 * was.
 */
public final class ConnectionsViewModel {
    static final String CONNECTION = "connection";
    static final String REGION = "region";

    private final Connections connections;
    private final BackgroundTasks background;
    private final Runnable onConnected;
    private final ObservableList<Connection> choices = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final ObjectProperty<Connection> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty region = new SimpleStringProperty(this, "region");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private Connection preferred;

    /** {@code onConnected} runs on the FX thread once the app has switched. */
    public ConnectionsViewModel(Connections connections, BackgroundTasks background, Runnable onConnected) {
        this.connections = connections;
        this.background = background;
        this.onConnected = onConnected;
        selected.addListener((observable, old, connection) -> {
            if (connection != null && connection.isAws()) {
                region.set(connection.region());
            }
        });
    }

    /** Offers {@code connection} (the one chosen last time) instead of the current one; returns this. */
    public ConnectionsViewModel preferring(Connection connection) {
        preferred = connection;
        return this;
    }

    /** Reads the worlds, profiles and regions (local files only) in the background. */
    public void load() {
        background.run(() -> new Listing(connections.available(), connections.regions(), connections.current()),
                listing -> {
                    Connection offered = preferred != null ? preferred : listing.current();
                    choices.setAll(listing.available());
                    regions.setAll(listing.regions());
                    selected.set(listing.available().stream()
                            .filter(c -> c.kind() == offered.kind() && c.name().equals(offered.name()))
                            .findFirst().orElse(null));
                    if (offered.isAws()) {
                        region.set(offered.region());
                    }
                },
                failure -> error.set(Messages.explain(failure)));
    }

    private record Listing(List<Connection> available, List<String> regions, Connection current) {
    }

    /** Switches to the selected connection, in the chosen region for AWS; reports to {@code outcome}. */
    public FieldErrors connect(Outcome outcome) {
        Connection chosen = selected.get();
        FieldErrors errors = FieldErrors.none();
        if (chosen == null) {
            return errors.add(CONNECTION, "Pick a simulator world or an AWS profile.");
        }
        if (chosen.isAws() && (region.get() == null || !region.get().strip().matches("[a-z]{2}(-[a-z]+)+-\\d"))) {
            return errors.add(REGION, "Enter a region such as us-east-1.");
        }
        Connection target = chosen.isAws() ? chosen.inRegion(region.get().strip()) : chosen;
        background.run(() -> {
            connections.connect(target);
            return target;
        }, connected -> {
            outcome.succeeded();
            onConnected.run();
        }, failure -> outcome.failed(Messages.explain(failure)));
        return errors;
    }

    public ObservableList<Connection> choices() {
        return choices;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObjectProperty<Connection> selectedProperty() {
        return selected;
    }

    public StringProperty regionProperty() {
        return region;
    }

    /** Why the list could not be read, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
