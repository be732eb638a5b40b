package dev.berth.core.model;

/** A resource tag, as ECS writes it ({@code key}/{@code value}). */
public record Tag(String key, String value) {
}
