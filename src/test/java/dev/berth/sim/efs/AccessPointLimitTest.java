package dev.berth.sim.efs;

import dev.berth.core.gateway.EfsGateway;
import dev.berth.core.model.CreateAccessPointRequest;
import dev.berth.core.model.CreateFileSystemRequest;
import dev.berth.sim.CommandJournal;
import dev.berth.sim.EcsFixture;
import dev.berth.sim.Simulator;
import dev.berth.sim.WorldSettings;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static dev.berth.sim.EcsFixture.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class AccessPointLimitTest {

    @Test
    void aFileSystemHoldsTenThousandAccessPointsAndAnotherFileSystemItsOwn() {
        Simulator simulator = Simulator.create(WorldSettings.of("access-points", 9, EcsFixture.START),
                CommandJournal.none());
        EfsGateway efs = simulator.efs();
        String full = efs.createFileSystem(CreateFileSystemRequest.named("full", "full")).fileSystemId();
        String other = efs.createFileSystem(CreateFileSystemRequest.named("other", "other")).fileSystemId();
        simulator.advanceBy(Duration.ofSeconds(5));
        for (int i = 0; i < EfsWorld.MAX_ACCESS_POINTS; i++) {
            efs.createAccessPoint(new CreateAccessPointRequest("ap-" + i, null, full, null, null));
        }

        assertRefused(() -> efs.createAccessPoint(new CreateAccessPointRequest("one-more", null, full, null, null)),
                "AccessPointLimitExceeded", "You have reached the maximum number of access points (10000) for file "
                        + "system '" + full + "'.");
        assertThat(efs.createAccessPoint(new CreateAccessPointRequest("elsewhere", null, other, null, null))
                .fileSystemId()).isEqualTo(other);
    }
}
