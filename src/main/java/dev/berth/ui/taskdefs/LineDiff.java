package dev.berth.ui.taskdefs;

import java.util.ArrayList;
import java.util.List;

/**
 * A side-by-side line diff: the longest common subsequence of lines, then each run of removed lines paired with
 * the run of added lines that replaces it. Task definition JSON is a few hundred lines, so the quadratic table is
 * cheap.
 */
public final class LineDiff {

    /** How a row of the side-by-side view differs. */
    public enum Kind { SAME, CHANGED, REMOVED, ADDED }

    /** One row: a left line and a right line (either null when the other side has no counterpart). */
    public record Row(Kind kind, String left, String right) {
    }

    private LineDiff() {
    }

    public static List<Row> compare(List<String> left, List<String> right) {
        int[][] common = commonLengths(left, right);
        List<Row> rows = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < left.size() || j < right.size()) {
            if (i < left.size() && j < right.size() && left.get(i).equals(right.get(j))) {
                flush(removed, added, rows);
                rows.add(new Row(Kind.SAME, left.get(i), right.get(j)));
                i++;
                j++;
            } else if (j < right.size() && (i == left.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(right.get(j++));
            } else {
                removed.add(left.get(i++));
            }
        }
        flush(removed, added, rows);
        return rows;
    }

    /** {@code common[i][j]} = length of the longest common subsequence of left[i..] and right[j..]. */
    private static int[][] commonLengths(List<String> left, List<String> right) {
        int[][] common = new int[left.size() + 1][right.size() + 1];
        for (int i = left.size() - 1; i >= 0; i--) {
            for (int j = right.size() - 1; j >= 0; j--) {
                common[i][j] = left.get(i).equals(right.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        return common;
    }

    private static void flush(List<String> removed, List<String> added, List<Row> rows) {
        int pairs = Math.min(removed.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            rows.add(new Row(Kind.CHANGED, removed.get(k), added.get(k)));
        }
        for (int k = pairs; k < removed.size(); k++) {
            rows.add(new Row(Kind.REMOVED, removed.get(k), null));
        }
        for (int k = pairs; k < added.size(); k++) {
            rows.add(new Row(Kind.ADDED, null, added.get(k)));
        }
        removed.clear();
        added.clear();
    }
}
