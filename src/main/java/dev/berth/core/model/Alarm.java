package dev.berth.core.model;

/** A CloudWatch alarm that invokes a scaling policy. */
public record Alarm(String alarmName, String alarmARN) {
}
