package dev.berth.sim.apprunner;

/** Whether the account is an App Runner customer from before AWS closed it to new ones; not an AWS operation. */
public record SetAppRunnerCustomerCommand(AppRunnerCustomer customer) implements AppRunnerCommand<AppRunnerCustomer> {
    @Override
    public AppRunnerCustomer applyTo(AppRunnerWorld appRunner) {
        return appRunner.setCustomer(customer);
    }
}
