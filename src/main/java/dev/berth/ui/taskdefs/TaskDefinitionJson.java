package dev.berth.ui.taskdefs;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.berth.core.model.RegisterTaskDefinitionRequest;
import dev.berth.core.model.TaskDefinition;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Task definitions as the JSON the AWS CLI shows and takes: a revision pretty-printed with AWS's member names, and
 * RegisterTaskDefinition input read back with the place of any mistake. The read-only members of a described
 * revision (ARN, revision, status, ...) are accepted and ignored, so a shown revision can be edited and registered.
 */
public final class TaskDefinitionJson {
    private final ObjectMapper json = new ObjectMapper()
            .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(RegisterTaskDefinitionRequest.class, ReadOnlyMembers.class)
            .registerModule(new SimpleModule("instants").addSerializer(Instant.class, ToStringSerializer.instance));

    @JsonIgnoreProperties({"taskDefinitionArn", "revision", "status", "compatibilities", "registeredAt",
            "registeredBy", "deregisteredAt", "requiresAttributes"})
    private interface ReadOnlyMembers {
    }

    public String write(TaskDefinition taskDefinition) {
        return writeValue(taskDefinition);
    }

    public String write(RegisterTaskDefinitionRequest request) {
        return writeValue(request);
    }

    private String writeValue(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A model record could not be written as JSON", e);
        }
    }

    /** Reads RegisterTaskDefinition input; also takes describe-task-definition output ({"taskDefinition": {...}}). */
    public RegisterTaskDefinitionRequest read(String text) throws JsonProblem {
        if (text == null || text.isBlank()) {
            throw new JsonProblem("Enter the task definition as JSON.", 0, 0);
        }
        try {
            return json.readValue(text, RegisterTaskDefinitionRequest.class);
        } catch (UnrecognizedPropertyException e) {
            if ("taskDefinition".equals(e.getPropertyName()) && e.getPath().size() == 1) {
                return readWrapped(text);
            }
            throw problem("Unknown member '" + e.getPropertyName() + "'" + at(e) + ".", e);
        } catch (MismatchedInputException e) {
            throw problem("Wrong kind of value" + at(e) + ": " + firstLine(e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw problem(firstLine(e.getOriginalMessage()), e);
        }
    }

    /** The CLI's describe output; its mistakes are reported without a place, as the inner object was re-read. */
    private RegisterTaskDefinitionRequest readWrapped(String text) throws JsonProblem {
        try {
            JsonNode inner = json.readTree(text).get("taskDefinition");
            return json.treeToValue(inner, RegisterTaskDefinitionRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw new JsonProblem("Unknown member '" + e.getPropertyName() + "'" + at(e) + ".", 0, 0);
        } catch (JsonProcessingException e) {
            throw new JsonProblem(firstLine(e.getOriginalMessage()), 0, 0);
        }
    }

    private static String at(MismatchedInputException e) {
        if (e.getPath().isEmpty()) {
            return "";
        }
        return " at " + e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static JsonProblem problem(String message, JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            return new JsonProblem(message, location.getLineNr(), location.getColumnNr());
        }
        return new JsonProblem(message, 0, 0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "The JSON could not be read.";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
