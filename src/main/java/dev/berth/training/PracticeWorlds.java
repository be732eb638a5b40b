package dev.berth.training;

import dev.berth.core.gateway.Gateway;

/**
 * Where lessons are practised. The app gives each hands-on lesson a simulator world of its own,
 * {@code lesson-<id>}, and switches every view onto it while the lesson is open; {@link #currentWorld} instead
 * practises in whatever world the app shows, which cannot be reset.
 */
public interface PracticeWorlds {

    /** The world name a lesson practises in. */
    static String worldName(String lessonId) {
        return "lesson-" + lessonId;
    }

    /**
     * Switches the app to the lesson's world and returns it; creates it empty when {@code fresh} (throwing away what
     * was there) or when it does not exist yet. May take a while: call it off the FX thread.
     */
    PracticeWorld enter(String lessonId, boolean fresh);

    /** Switches the app back to the world it was started with. */
    void leave();

    /** Whether each lesson gets a world of its own that {@link #enter} can make fresh. */
    boolean separateWorlds();

    /** Lessons practised in the app's one world: nothing switches, and nothing can be made fresh. */
    static PracticeWorlds currentWorld(Gateway gateway) {
        return new PracticeWorlds() {
            @Override
            public PracticeWorld enter(String lessonId, boolean fresh) {
                return new PracticeWorld(gateway.backendName(), gateway, false);
            }

            @Override
            public void leave() {
            }

            @Override
            public boolean separateWorlds() {
                return false;
            }
        };
    }
}
