package dev.berth.sim.ecs;

import dev.berth.core.model.Attachment;
import dev.berth.core.model.KeyValuePair;

import java.util.List;

/** The elastic network interface of an awsvpc task. */
record NetworkInterface(String attachmentId, String networkInterfaceId, String subnetId, String privateIpv4Address,
                        String macAddress, String privateDnsName) {

    /** The task's ElasticNetworkInterface attachment; its status follows the task's lastStatus. */
    Attachment toAttachment(String taskLastStatus) {
        String status = switch (taskLastStatus) {
            case "PROVISIONING" -> "PRECREATED";
            case "DEPROVISIONING" -> "DETACHING";
            case "STOPPED" -> "DELETED";
            default -> "ATTACHED";
        };
        return new Attachment(attachmentId, "ElasticNetworkInterface", status, List.of(
                new KeyValuePair("subnetId", subnetId),
                new KeyValuePair("networkInterfaceId", networkInterfaceId),
                new KeyValuePair("macAddress", macAddress),
                new KeyValuePair("privateDnsName", privateDnsName),
                new KeyValuePair("privateIPv4Address", privateIpv4Address)));
    }
}
