package dev.berth.sim.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.gateway.GatewayException;
import dev.berth.core.model.AccessPointDescription;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.Page;

import java.util.Map;

import static dev.berth.sim.wire.EksRestApi.integer;
import static dev.berth.sim.wire.EksRestApi.query;
import static dev.berth.sim.wire.WireInput.text;

/**
 * Amazon EFS over restJson1 (signing name {@code elasticfilesystem}): {@code /2015-02-01/file-systems} and
 * {@code /2015-02-01/mount-targets}, created by POST, described by GET with the ids and paging in the query
 * ({@code FileSystemId}, {@code MountTargetId}, {@code Marker}, {@code MaxItems}), members in PascalCase. A new file
 * system is answered with 201 as on AWS; errors with the status of their shape in the model.
 */
final class EfsRestApi {
    private static final String VERSION = "/2015-02-01/";
    private static final String ACCESS_POINTS = "access-points/";
    /** What DescribeFileSystems reports for a file system without files: its metadata alone. */
    private static final long EMPTY_SIZE_BYTES = 6144;

    /** An answer's HTTP status and its body, already in this API's member names. */
    record Answer(int status, JsonNode body) {
    }

    private final EfsGateway efs;
    private final ObjectMapper mapper = WireJson.mapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE);

    EfsRestApi(EfsGateway efs) {
        this.efs = efs;
    }

    Answer call(String method, String rawPath, String rawQuery, ObjectNode body) {
        String resource = rawPath.startsWith(VERSION) ? rawPath.substring(VERSION.length()).replaceAll("/+$", "")
                : "";
        Map<String, String> query = query(rawQuery);
        try {
            switch (method + " " + resource) {
                case "POST file-systems" -> {
                    return new Answer(201, fileSystem(efs.createFileSystem(WireInput.read(mapper, body,
                            CreateFileSystemRequest.class))));
                }
                case "GET file-systems" -> {
                    Page<FileSystemDescription> page = efs.describeFileSystems(query.get("FileSystemId"),
                            query.get("Marker"), integer(query, "MaxItems"));
                    ArrayNode fileSystems = mapper.createArrayNode();
                    page.items().forEach(fileSystem -> fileSystems.add(fileSystem(fileSystem)));
                    return new Answer(200, paged(query, "FileSystems", fileSystems, page.nextToken()));
                }
                case "POST mount-targets" -> {
                    return new Answer(200, mapper.valueToTree(efs.createMountTarget(text(body, "FileSystemId"),
                            text(body, "SubnetId"))));
                }
                case "GET mount-targets" -> {
                    var page = efs.describeMountTargets(query.get("FileSystemId"), query.get("MountTargetId"),
                            query.get("Marker"), integer(query, "MaxItems"));
                    return new Answer(200, paged(query, "MountTargets", mapper.valueToTree(page.items()),
                            page.nextToken()));
                }
                case "POST access-points" -> {
                    return new Answer(200, mapper.valueToTree(efs.createAccessPoint(WireInput.read(mapper, body,
                            CreateAccessPointRequest.class))));
                }
                case "GET access-points" -> {
                    Page<AccessPointDescription> page = efs.describeAccessPoints(query.get("AccessPointId"),
                            query.get("FileSystemId"), query.get("NextToken"), integer(query, "MaxResults"));
                    ObjectNode out = mapper.createObjectNode();
                    out.set("AccessPoints", mapper.valueToTree(page.items()));
                    if (page.nextToken() != null) {
                        out.put("NextToken", page.nextToken());
                    }
                    return new Answer(200, out);
                }
                default -> {
                    if (method.equals("DELETE") && resource.startsWith(ACCESS_POINTS)) {
                        efs.deleteAccessPoint(resource.substring(ACCESS_POINTS.length()));
                        return new Answer(204, null);
                    }
                    throw new WireFault(404, "UnknownOperationException", "Unknown operation " + method + " "
                            + rawPath);
                }
            }
        } catch (GatewayException e) {
            throw new WireFault(status(e.errorCode()), e.errorCode(), e.getMessage());
        }
    }

    private ObjectNode fileSystem(FileSystemDescription fileSystem) {
        ObjectNode out = mapper.valueToTree(fileSystem);
        out.putObject("SizeInBytes").put("Value", EMPTY_SIZE_BYTES);
        return out;
    }

    private ObjectNode paged(Map<String, String> query, String member, JsonNode items, String nextMarker) {
        ObjectNode out = mapper.createObjectNode();
        if (query.get("Marker") != null) {
            out.put("Marker", query.get("Marker"));
        }
        out.set(member, items);
        if (nextMarker != null) {
            out.put("NextMarker", nextMarker);
        }
        return out;
    }

    /** The HTTP status of an EFS error shape ({@code httpStatusCode} in the model). */
    private static int status(String errorCode) {
        return switch (errorCode) {
            case "FileSystemNotFound", "MountTargetNotFound", "AccessPointNotFound" -> 404;
            case "FileSystemAlreadyExists", "MountTargetConflict", "IncorrectFileSystemLifeCycleState",
                 "FileSystemInUse", "AccessPointAlreadyExists" -> 409;
            case "AccessPointLimitExceeded" -> 403;
            case "InternalServerError" -> 500;
            default -> 400;
        };
    }
}
