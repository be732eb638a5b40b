package dev.berth.training;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.model.FileSystemDescription;
import dev.berth.core.model.Page;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * EFS file systems by name. EFS gives a file system an id of its own (fs-0123456789abcdef0) that no lesson can know
 * in advance, so lessons name file systems by their Name tag, as the learner reads them in the File systems tab,
 * and these look the id up with DescribeFileSystems.
 */
final class FileSystemNames {
    private static final Pattern ID = Pattern.compile("fs-[0-9a-f]{8,40}");

    private FileSystemNames() {
    }

    static boolean isId(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** The file system named so that is not being deleted. */
    static Optional<FileSystemDescription> find(String name, EfsGateway efs) {
        return Page.all(marker -> efs.describeFileSystems(null, marker, null)).stream()
                .filter(f -> name.equals(f.name()))
                .filter(f -> !"deleting".equals(f.lifeCycleState()) && !"deleted".equals(f.lifeCycleState()))
                .findFirst();
    }

    /** The id of the file system {@code nameOrId} names; an id as it is. */
    static String id(String nameOrId, EfsGateway efs) {
        if (isId(nameOrId)) {
            return nameOrId;
        }
        return find(nameOrId, efs).orElseThrow(() -> new IllegalStateException("no EFS file system named "
                + nameOrId)).fileSystemId();
    }
}
