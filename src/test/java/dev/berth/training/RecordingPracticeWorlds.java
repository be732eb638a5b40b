package dev.berth.training;

import dev.berth.core.gateway.Gateway;

import java.util.ArrayList;
import java.util.List;

/** Practice worlds in memory, one fresh world per lesson entered, recording what the lessons asked of them. */
public final class RecordingPracticeWorlds implements PracticeWorlds {
    private final List<String> calls = new ArrayList<>();
    private Gateway world;

    /** "lesson-id fresh", "lesson-id" (entered as it was) and "left", in order. */
    public List<String> calls() {
        return calls;
    }

    /** The world entered last. */
    public Gateway world() {
        return world;
    }

    @Override
    public PracticeWorld enter(String lessonId, boolean fresh) {
        calls.add(lessonId + (fresh ? " fresh" : ""));
        boolean created = fresh || world == null;
        if (created) {
            world = FreshWorld.named(PracticeWorlds.worldName(lessonId), 7);
        }
        return new PracticeWorld(PracticeWorlds.worldName(lessonId), world, created);
    }

    @Override
    public void leave() {
        calls.add("left");
    }

    @Override
    public boolean separateWorlds() {
        return true;
    }
}
