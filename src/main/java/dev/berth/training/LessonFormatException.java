package dev.berth.training;

/** A lesson file that does not follow the format; the message names the file and, where it can, the step. */
public final class LessonFormatException extends RuntimeException {

    public LessonFormatException(String message) {
        super(message);
    }

    public LessonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
