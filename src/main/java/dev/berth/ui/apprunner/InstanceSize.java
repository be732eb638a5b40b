package dev.berth.ui.apprunner;

import dev.berth.core.model.InstanceConfiguration;

/** How the UI writes an App Runner instance size: "1 vCPU / 2 GB" from AWS's "1024" and "2048". */
final class InstanceSize {
    private static final double UNITS_PER_VCPU = 1024;
    private static final double MIB_PER_GB = 1024;

    private InstanceSize() {
    }

    static String text(InstanceConfiguration instance) {
        return number(Integer.parseInt(instance.cpu()) / UNITS_PER_VCPU) + " vCPU / "
                + number(Integer.parseInt(instance.memory()) / MIB_PER_GB) + " GB";
    }

    /** 0.25, 0.5, 1, 2: no trailing ".0". */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
