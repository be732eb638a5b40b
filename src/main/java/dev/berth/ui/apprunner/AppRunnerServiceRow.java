package dev.berth.ui.apprunner;

import dev.berth.core.model.AppRunnerService;
import dev.berth.ui.common.ModelRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/** One App Runner service in the services table. */
public final class AppRunnerServiceRow extends ModelRow<ServiceReading> {
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final StringProperty url = new SimpleStringProperty(this, "url");
    private final StringProperty image = new SimpleStringProperty(this, "image");
    private final StringProperty size = new SimpleStringProperty(this, "size");
    private final IntegerProperty instances = new SimpleIntegerProperty(this, "instances");
    private final IntegerProperty concurrency = new SimpleIntegerProperty(this, "concurrency");

    public AppRunnerServiceRow(String serviceArn) {
        super(serviceArn);
    }

    @Override
    protected void show(ServiceReading reading) {
        AppRunnerService service = reading.service();
        name.set(service.serviceName());
        status.set(service.status());
        url.set(service.serviceUrl());
        image.set(reading.source());
        size.set(InstanceSize.text(service.instanceConfiguration()));
        instances.set(reading.metrics() == null ? 0 : reading.metrics().activeInstances());
        concurrency.set(reading.metrics() == null ? 0 : reading.metrics().concurrency());
    }

    @Override
    protected Iterable<String> searchableText(ServiceReading reading) {
        return List.of(reading.service().serviceName(), reading.service().status(), reading.source());
    }

    public String name() {
        return name.get();
    }

    public String status() {
        return status.get();
    }

    public int instances() {
        return instances.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty urlProperty() {
        return url;
    }

    public ReadOnlyStringProperty imageProperty() {
        return image;
    }

    public ReadOnlyStringProperty sizeProperty() {
        return size;
    }

    public ReadOnlyIntegerProperty instancesProperty() {
        return instances;
    }

    public ReadOnlyIntegerProperty concurrencyProperty() {
        return concurrency;
    }
}
