package dev.berth.training;

import dev.berth.core.gateway.Gateway;

/** The world a lesson is practised in: its name, the gateway onto it, and whether it was just created empty. */
public record PracticeWorld(String name, Gateway gateway, boolean created) {
}
