package dev.berth.ui.theme;

/** Style class names defined in berth.css, so code and stylesheet agree on one spelling. */
public final class BerthStyles {
    public static final String STATUS_BADGE = "status-badge";
    public static final String STATUS_GOOD = "status-good";
    public static final String STATUS_BUSY = "status-busy";
    public static final String STATUS_DONE = "status-done";
    public static final String STATUS_BAD = "status-bad";

    public static final String STATUS_BAR = "status-bar";
    public static final String NAVIGATION = "navigation";
    public static final String TOOL_BAR = "area-tool-bar";
    public static final String AREA_TITLE = "area-title";
    public static final String ERROR_BANNER = "error-banner";
    /** Something the user should know about the area, not a failure (e.g. a service's availability). */
    public static final String NOTICE_BANNER = "notice-banner";
    public static final String FIELD_ERROR = "field-error";
    public static final String DETAILS_PANE = "details-pane";
    public static final String DETAILS_KEY = "details-key";
    public static final String DETAILS_VALUE = "details-value";
    public static final String MONOSPACE = "monospace";
    public static final String DIFF_LINES = "diff-lines";
    public static final String DIFF_LINE = "diff-line";
    public static final String DIFF_ADDED = "diff-added";
    public static final String DIFF_REMOVED = "diff-removed";
    public static final String DIFF_CHANGED = "diff-changed";
    public static final String CLOCK = "clock";
    /** The account badge of a real AWS connection; with one of {@link #ACCOUNT_COLOURS} picked by profile. */
    public static final String ACCOUNT = "account";
    public static final String[] ACCOUNT_COLOURS = {"account-blue", "account-green", "account-purple",
            "account-orange", "account-teal", "account-brown"};
    /** Profiles whose name says production are always red. */
    public static final String ACCOUNT_PRODUCTION = "account-production";

    private BerthStyles() {
    }
}
