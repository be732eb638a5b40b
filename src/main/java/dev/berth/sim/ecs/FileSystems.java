package dev.berth.sim.ecs;

/** Amazon EFS as a task mounting a volume sees it: a file system it can reach from its Availability Zone or not. */
public interface FileSystems {

    /** Whether {@code fileSystemId} exists and has an available mount target in {@code availabilityZone}. */
    boolean reachable(String fileSystemId, String availabilityZone);

    /** ECS on its own, without an EFS: every file system is reachable from everywhere. */
    static FileSystems everywhere() {
        return (fileSystemId, availabilityZone) -> true;
    }
}
