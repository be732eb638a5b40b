package dev.berth.ui.services;

import dev.berth.core.model.TargetGroup;
import dev.berth.ui.common.FormDialog;
import dev.berth.ui.common.FormGrid;
import javafx.stage.Window;

/** The "Edit health check" dialog of a target group, bound to a {@link HealthCheckForm}. */
final class HealthCheckDialog {

    private HealthCheckDialog() {
    }

    static void show(Window owner, ServicesViewModel viewModel, TargetGroup group) {
        HealthCheckForm form = new HealthCheckForm(group);
        FormGrid grid = new FormGrid();
        if (form.checksHttp()) {
            grid.addText(HealthCheckForm.PATH, group.healthCheckProtocol() + " path", "health-check-path",
                    form.pathProperty());
            grid.addText(HealthCheckForm.SUCCESS_CODES, "Success codes", "health-check-success-codes",
                    form.successCodesProperty());
        }
        grid.addText(HealthCheckForm.PORT, "Port", "health-check-port", form.portProperty());
        grid.addNumber(HealthCheckForm.INTERVAL, "Interval (s)", "health-check-interval", form.intervalProperty());
        grid.addNumber(HealthCheckForm.TIMEOUT, "Timeout (s)", "health-check-timeout", form.timeoutProperty());
        grid.addNumber(HealthCheckForm.HEALTHY, "Healthy threshold", "health-check-healthy", form.healthyProperty());
        grid.addNumber(HealthCheckForm.UNHEALTHY, "Unhealthy threshold", "health-check-unhealthy",
                form.unhealthyProperty());
        new FormDialog(owner, "Health check of target group " + group.targetGroupName(), "Save", grid, grid,
                outcome -> viewModel.modifyHealthCheck(form, outcome)).show();
    }
}
