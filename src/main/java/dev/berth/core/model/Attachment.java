package dev.berth.core.model;

import java.util.List;

/** A task attachment; awsvpc tasks carry one of type ElasticNetworkInterface with its private IP in the details. */
public record Attachment(String id, String type, String status, List<KeyValuePair> details) {
    public Attachment {
        details = List.copyOf(details);
    }

    public String detail(String name) {
        return details.stream().filter(d -> d.name().equals(name)).map(KeyValuePair::value).findFirst().orElse(null);
    }
}
