package dev.berth.training;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a lesson only asks about things it makes: walking the setup and then each step's "Show me" in order
 * on a fresh, empty world, every cluster, service, family and revision an action or objective names must have been
 * created by then (an objective may name what its own step's "Show me" creates). Revisions are counted the way
 * RegisterTaskDefinition numbers them: 1, 2, 3 per family.
 */
final class ReferenceCheck {
    private final String file;
    private final Set<Resource> existing = new HashSet<>();
    private final Map<String, Integer> revisions = new HashMap<>();

    ReferenceCheck(String file) {
        this.file = file;
    }

    void check(Lesson lesson) {
        apply(lesson.setup(), file + ", setup");
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String where = file + ", step " + (i + 1) + " (" + step.id() + ")";
            apply(step.showMe(), where + ", showMe");
            for (int o = 0; o < step.objectives().size(); o++) {
                requireAll(step.objectives().get(o).references(), where + ", objective " + (o + 1));
            }
        }
    }

    private void apply(List<WorldAction> actions, String where) {
        for (int i = 0; i < actions.size(); i++) {
            WorldAction action = actions.get(i);
            requireAll(action.references(), where + " " + (i + 1));
            existing.addAll(action.creates());
            if (action instanceof WorldAction.RegisterTaskDefinition register) {
                String family = register.taskDefinition().family();
                int revision = revisions.merge(family, 1, Integer::sum);
                existing.add(Resource.taskDefinition(family + ":" + revision));
            }
        }
    }

    private void requireAll(List<Resource> references, String where) {
        for (Resource resource : references) {
            if (!existing.contains(resource)) {
                throw new LessonFormatException(where + ": names " + resource + ", which neither the setup nor an "
                        + "earlier \"Show me\" creates, so the gateway could never find it");
            }
        }
    }
}
