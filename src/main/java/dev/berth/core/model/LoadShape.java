package dev.berth.core.model;

/** How a simulated service's request load moves over time. */
public enum LoadShape {
    /** The base load, always. */
    CONSTANT,
    /** From the base at the start time up to the peak over the duration, then the peak. */
    RAMP,
    /** A day-long wave: the base at the start time, the peak twelve hours later, the base again a day after. */
    DAILY_WAVE,
    /** The peak for the duration from the start time, the base before and after. */
    SPIKE
}
