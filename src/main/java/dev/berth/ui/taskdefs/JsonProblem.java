package dev.berth.ui.taskdefs;

/** Why a task definition JSON text could not be read, and where (1-based line and column; 0 when unknown). */
public final class JsonProblem extends Exception {
    private final int line;
    private final int column;

    public JsonProblem(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "Line 3, column 7: ..." for the message under the editor. */
    public String describe() {
        return line > 0 ? "Line " + line + ", column " + column + ": " + getMessage() : getMessage();
    }
}
