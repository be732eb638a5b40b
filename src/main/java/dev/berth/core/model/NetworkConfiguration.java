package dev.berth.core.model;

/** A service's or task's network configuration (awsvpc only, as in AWS). */
public record NetworkConfiguration(AwsVpcConfiguration awsvpcConfiguration) {
}
