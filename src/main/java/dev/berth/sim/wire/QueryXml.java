package dev.berth.sim.wire;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An awsQuery answer's XML, written member by member as AWS writes it: members named as in the model, null members
 * left out, lists as {@code <Name><member>...</member></Name>}, timestamps in ISO 8601 with milliseconds
 * ({@code 2026-11-25T08:00:00.000Z}), text escaped.
 */
final class QueryXml {
    private static final DateTimeFormatter ISO_8601 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder xml = new StringBuilder();

    /** {@code <name>value</name>}, nothing when the value is null. */
    QueryXml value(String name, Object value) {
        if (value != null) {
            String text = value instanceof Instant instant ? ISO_8601.format(instant) : escape(String.valueOf(value));
            xml.append('<').append(name).append('>').append(text).append("</").append(name).append('>');
        }
        return this;
    }

    /** A structure whose members {@code members} writes. */
    QueryXml structure(String name, Consumer<QueryXml> members) {
        xml.append('<').append(name).append('>');
        members.accept(this);
        xml.append("</").append(name).append('>');
        return this;
    }

    /** A list of structures, each {@code <member>} written by {@code member}; nothing when the list is null. */
    <T> QueryXml list(String name, Collection<T> items, BiConsumer<QueryXml, T> member) {
        if (items != null) {
            structure(name, list -> items.forEach(item -> list.structure("member", m -> member.accept(m, item))));
        }
        return this;
    }

    /** A list of structures as EC2 writes it, each an {@code <item>}; nothing when the list is null. */
    <T> QueryXml items(String name, Collection<T> items, BiConsumer<QueryXml, T> item) {
        if (items != null) {
            structure(name, list -> items.forEach(each -> list.structure("item", i -> item.accept(i, each))));
        }
        return this;
    }

    /** A list of strings; nothing when the list is null. */
    QueryXml strings(String name, Collection<String> values) {
        if (values != null) {
            structure(name, list -> values.forEach(value -> list.value("member", value)));
        }
        return this;
    }

    /** What was written so far, as UTF-8. */
    byte[] bytes() {
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return xml.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\r' -> escaped.append("&#xD;");
                default -> {
                    // XML 1.0 has no way to write the other control characters; they are dropped.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
