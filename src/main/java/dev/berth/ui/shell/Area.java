package dev.berth.ui.shell;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The areas of the navigation, in order (Ctrl+1..9). {@code key} is how settings remember the last one. */
public enum Area {
    CLUSTERS("clusters", "Clusters", MaterialDesignV.VIEW_GRID_OUTLINE, false),
    SERVICES("services", "Services", MaterialDesignL.LAYERS_OUTLINE, true),
    TASK_DEFINITIONS("taskdefs", "Task definitions", MaterialDesignF.FILE_DOCUMENT_OUTLINE, false),
    TASKS("tasks", "Tasks", MaterialDesignC.CUBE_OUTLINE, true),
    IMAGES("images", "Images", MaterialDesignP.PACKAGE_VARIANT_CLOSED, false),
    KUBERNETES("kubernetes", "Kubernetes", MaterialDesignH.HEXAGON_MULTIPLE_OUTLINE, false),
    APP_RUNNER("apprunner", "App Runner", MaterialDesignR.ROCKET_LAUNCH_OUTLINE, false),
    TRAINING("training", "Training", MaterialDesignS.SCHOOL_OUTLINE, false);

    private final String key;
    private final String title;
    private final Ikon icon;
    private final boolean perCluster;

    Area(String key, String title, Ikon icon, boolean perCluster) {
        this.key = key;
        this.title = title;
        this.icon = icon;
        this.perCluster = perCluster;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** Whether the area shows one cluster's resources, so the cluster list must be fresh too. */
    public boolean perCluster() {
        return perCluster;
    }

    /** The area saved as {@code key}; Clusters for anything unknown. */
    public static Area fromKey(String key) {
        for (Area area : values()) {
            if (area.key.equals(key)) {
                return area;
            }
        }
        return CLUSTERS;
    }
}
